import { describe, expect, it } from 'vitest';
import { checkTransition, STATUSES, type EvidenceCounts } from '../../../shared/domain/status';

const none: EvidenceCounts = { supports: 0, contradicts: 0, context: 0 };
const both: EvidenceCounts = { supports: 1, contradicts: 1, context: 0 };

describe('status transitions', () => {
  it('lets a claim start being checked without a rationale', () => {
    expect(checkTransition({ from: 'unverified', to: 'in_progress', evidence: none })).toEqual({ allowed: true });
  });

  it('refuses a move to the status the claim already has', () => {
    const verdict = checkTransition({ from: 'in_progress', to: 'in_progress', evidence: none });
    expect(verdict).toMatchObject({ allowed: false, code: 'same_status' });
  });

  it.each(['verified', 'false', 'misleading', 'unverifiable'] as const)('needs a rationale to mark a claim %s', (to) => {
    const verdict = checkTransition({ from: 'in_progress', to, rationale: '   ', evidence: both });
    expect(verdict).toMatchObject({ allowed: false, code: 'rationale_required' });
    if (!verdict.allowed) expect(verdict.message).toMatch(/rationale/);
    expect(checkTransition({ from: 'in_progress', to, rationale: 'Checked with the ministry', evidence: both })).toEqual({ allowed: true });
  });

  it('needs a supporting source to verify and a contradicting one to mark false', () => {
    const onlyContradicts = { ...none, contradicts: 1 };
    const onlySupports = { ...none, supports: 1 };
    expect(checkTransition({ from: 'in_progress', to: 'verified', rationale: 'ok', evidence: onlyContradicts })).toMatchObject({
      allowed: false,
      code: 'evidence_required',
    });
    expect(checkTransition({ from: 'in_progress', to: 'false', rationale: 'ok', evidence: onlySupports })).toMatchObject({
      allowed: false,
      code: 'evidence_required',
    });
    expect(checkTransition({ from: 'in_progress', to: 'verified', rationale: 'ok', evidence: onlySupports })).toEqual({ allowed: true });
    expect(checkTransition({ from: 'in_progress', to: 'false', rationale: 'ok', evidence: onlyContradicts })).toEqual({ allowed: true });
  });

  it('lets misleading and unverifiable stand on a rationale alone', () => {
    expect(checkTransition({ from: 'unverified', to: 'unverifiable', rationale: 'No record exists', evidence: none })).toEqual({ allowed: true });
    expect(checkTransition({ from: 'unverified', to: 'misleading', rationale: 'Cherry-picked', evidence: none })).toEqual({ allowed: true });
  });

  it('needs a reason to reopen a final verdict', () => {
    for (const from of ['verified', 'false', 'misleading', 'unverifiable'] as const) {
      expect(checkTransition({ from, to: 'in_progress', evidence: both })).toMatchObject({ allowed: false, code: 'reason_required' });
      expect(checkTransition({ from, to: 'in_progress', rationale: 'New document surfaced', evidence: both })).toEqual({ allowed: true });
    }
  });

  it('allows every non-final status to be reached from any other with what the rules ask', () => {
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        if (from === to) continue;
        expect(checkTransition({ from, to, rationale: 'because', evidence: both })).toEqual({ allowed: true });
      }
    }
  });
});
