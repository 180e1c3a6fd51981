import type { Status } from '../../../shared/domain/status';

/**
 * The desk's status shapes (renderer/claims/status-icon.tsx) as inline SVG markup, so a printed
 * brief reads without colour exactly as the app does: ring, half ring, tick, cross, warning, question.
 * Inline, not a file or a font, so the HTML stays one self-contained file.
 */
const RING = '<circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" stroke-width="1.5"/>';

const SHAPES: Record<Status, string> = {
  unverified: RING,
  in_progress: `${RING}<path d="M8 1.75a6.25 6.25 0 0 1 0 12.5z" fill="currentColor"/>`,
  verified: `${RING}<path d="M4.75 8.25l2.25 2.25 4.25-4.75" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"/>`,
  false: `${RING}<path d="M5.5 5.5l5 5M10.5 5.5l-5 5" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round"/>`,
  misleading:
    '<path d="M8 1.75L14.75 13.75H1.25z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/><path d="M8 6v3.75" stroke="currentColor" stroke-width="1.75" stroke-linecap="round"/><circle cx="8" cy="11.75" r="0.95" fill="currentColor"/>',
  unverifiable: `${RING}<path d="M6.1 6.2a2 2 0 1 1 2.6 1.9c-.45.17-.7.5-.7.95v.45" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/><circle cx="8" cy="11.4" r="0.9" fill="currentColor"/>`,
};

/** Decorative: the verdict word always sits beside it. */
export function statusIconSvg(status: Status): string {
  return `<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${SHAPES[status]}</svg>`;
}
