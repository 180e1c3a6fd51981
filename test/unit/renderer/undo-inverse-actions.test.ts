import { describe, expect, it, vi } from 'vitest';
import type { Caller } from '../../../renderer/undo/inverse-actions';
import { undoDeleteClaim, undoDeleteSource, undoLink, undoStatusChange, undoUnlink } from '../../../renderer/undo/inverse-actions';

const ID = '01HZY3J8V2Q4XK5N6P7R8S9T0A';

function recorder() {
  const calls: [string, unknown][] = [];
  const call = vi.fn((method: string, input: unknown) => {
    calls.push([method, input]);
    return Promise.resolve({});
  }) as unknown as Caller;
  return { call, calls };
}

describe('inverse actions', () => {
  it('undoes a status change by moving back, with an "Undo:" rationale for the timeline', async () => {
    const { call, calls } = recorder();
    const entry = undoStatusChange(call, { claimId: ID, from: 'in_progress', to: 'verified' });
    expect(entry.label).toBe('Marked verified');
    await entry.undo();
    expect(calls).toEqual([
      ['setClaimStatus', { id: ID, status: 'in_progress', rationale: 'Undo: back to in progress after marking it verified by mistake.' }],
    ]);
  });

  it('undoes a link by unlinking, and an unlink by restoring the same evidence', async () => {
    const { call, calls } = recorder();
    const link = undoLink(call, { evidenceId: ID, sourceTitle: 'Treaty list' });
    const unlink = undoUnlink(call, { evidenceId: ID, sourceTitle: 'Treaty list' });
    expect(link.label).toBe('Linked “Treaty list”');
    expect(unlink.label).toBe('Unlinked “Treaty list”');
    await link.undo();
    await unlink.undo();
    expect(calls).toEqual([
      ['removeEvidence', { id: ID }],
      ['restoreEvidence', { id: ID }],
    ]);
  });

  it('undoes a delete by restoring from the trash', async () => {
    const { call, calls } = recorder();
    await undoDeleteClaim(call, ID).undo();
    const source = undoDeleteSource(call, { id: ID, title: 'Embassy statement' });
    expect(source.label).toBe('Moved “Embassy statement” to the trash');
    await source.undo();
    expect(calls).toEqual([
      ['restoreClaim', { id: ID }],
      ['restoreSource', { id: ID }],
    ]);
  });
});
