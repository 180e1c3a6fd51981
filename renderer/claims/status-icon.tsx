import type { Status } from '../../shared/domain/status';
import type { ReactNode } from 'react';

/**
 * One shape per status, so a status reads without colour: an empty ring for unverified, a half-filled
 * one for in progress, a tick, a cross, a warning sign and a question mark for the verdicts.
 * Decorative: the status word always sits next to it.
 */
export function StatusIcon({ status }: { status: Status }) {
  return (
    <svg className="status-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      {SHAPES[status]}
    </svg>
  );
}

const ring = <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />;

const SHAPES: Record<Status, ReactNode> = {
  unverified: ring,
  in_progress: (
    <>
      {ring}
      <path d="M8 1.75a6.25 6.25 0 0 1 0 12.5z" fill="currentColor" />
    </>
  ),
  verified: (
    <>
      {ring}
      <path d="M4.75 8.25l2.25 2.25 4.25-4.75" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
    </>
  ),
  false: (
    <>
      {ring}
      <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
    </>
  ),
  misleading: (
    <>
      <path d="M8 1.75L14.75 13.75H1.25z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      <path d="M8 6v3.75" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
      <circle cx="8" cy="11.75" r="0.95" fill="currentColor" />
    </>
  ),
  unverifiable: (
    <>
      {ring}
      <path d="M6.1 6.2a2 2 0 1 1 2.6 1.9c-.45.17-.7.5-.7.95v.45" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      <circle cx="8" cy="11.4" r="0.9" fill="currentColor" />
    </>
  ),
};
