import { describe, expect, it } from 'vitest';
import { blockedMoveReason, countEvidence, evidenceSummary, neighbourStatus, planMove } from '../../../renderer/board/board-moves';

const none = { supports: 0, contradicts: 0, context: 0 };

describe('board moves', () => {
  it('steps to the neighbouring column, and stops at either end', () => {
    expect(neighbourStatus('unverified', 1)).toBe('in_progress');
    expect(neighbourStatus('in_progress', 1)).toBe('verified');
    expect(neighbourStatus('verified', -1)).toBe('in_progress');
    expect(neighbourStatus('unverified', -1)).toBeNull();
    expect(neighbourStatus('unverifiable', 1)).toBeNull();
  });

  it('moves at once when no rationale is needed, asks for one for a verdict or a reopening', () => {
    expect(planMove('unverified', 'in_progress', none)).toEqual({ kind: 'move' });
    expect(planMove('in_progress', 'misleading', none)).toEqual({ kind: 'ask-rationale' });
    expect(planMove('misleading', 'in_progress', none)).toEqual({ kind: 'ask-rationale' });
    expect(planMove('verified', 'verified', none)).toEqual({ kind: 'none' });
  });

  it('explains what is missing before a verdict the evidence does not allow', () => {
    expect(planMove('in_progress', 'verified', none)).toEqual({
      kind: 'blocked',
      message: 'Add a supporting source to mark this verified: use “Link a source” on the claim.',
    });
    expect(blockedMoveReason('in_progress', 'false', { ...none, supports: 2 })).toMatch(/^Add a contradicting source to mark this false/);
    expect(planMove('in_progress', 'verified', { ...none, supports: 1 })).toEqual({ kind: 'ask-rationale' });
    expect(planMove('in_progress', 'false', { ...none, contradicts: 1 })).toEqual({ kind: 'ask-rationale' });
  });

  it('leaves the decision to the notebook when the evidence is not known yet', () => {
    expect(planMove('in_progress', 'verified', undefined)).toEqual({ kind: 'ask-rationale' });
  });

  it('counts only links still in force, and says the counts in words', () => {
    const counts = countEvidence([
      { stance: 'supports' },
      { stance: 'supports', deletedAt: '2025-01-01T00:00:00.000Z' },
      { stance: 'context' },
      { stance: 'context' },
    ]);
    expect(counts).toEqual({ supports: 1, contradicts: 0, context: 2 });
    expect(evidenceSummary(counts)).toBe('1 supporting · no contradicting · 2 context');
  });
});
