import { describe, expect, it } from 'vitest';
import { nextHistoryEntry } from '../../../shared/domain/history';
import { newId } from '../../../shared/domain/ids';
import { emptyNotebook, notebookDataSchema } from '../../../shared/domain/notebook-data';
import { applyOp, type Op } from '../../../shared/domain/ops';
import type { Claim } from '../../../shared/domain/entities';

const at = '2026-03-01T12:00:00.000Z';

function claim(): Claim {
  const id = newId();
  return {
    id,
    clipId: null,
    text: 'Turnout was 61%',
    anchor: null,
    status: 'unverified',
    history: [nextHistoryEntry(id, [], 'unverified', at, 'Claim recorded')],
    createdAt: at,
    updatedAt: at,
  };
}

describe('applying journalled operations', () => {
  it('replays a status change once even when the op is applied twice', () => {
    const data = emptyNotebook(newId(), at);
    const c = claim();
    const entry = nextHistoryEntry(c.id, c.history, 'in_progress', '2026-03-01T13:00:00.000Z', '');
    const ops: Op[] = [{ type: 'claim.put', claim: c }, { type: 'claim.status', claimId: c.id, entry }];
    for (const op of [...ops, ...ops.slice(1)]) applyOp(data, op);
    expect(data.claims[c.id]?.history).toHaveLength(2);
    expect(data.claims[c.id]?.status).toBe('in_progress');
    expect(notebookDataSchema.safeParse(data).success).toBe(true);
  });

  it('leaves a history unchanged when replaying entries a snapshot already holds, even behind later ones', () => {
    const data = emptyNotebook(newId(), at);
    const c = claim();
    const b = nextHistoryEntry(c.id, c.history, 'in_progress', '2026-03-01T13:00:00.000Z', '');
    const cEntry = nextHistoryEntry(c.id, [...c.history, b], 'verified', '2026-03-01T14:00:00.000Z', 'Confirmed by the agency');
    // The snapshot was written after both changes; the journal after its cut point still holds them.
    const snapshotClaim: Claim = { ...c, history: [...c.history, b, cEntry], status: 'verified', updatedAt: cEntry.at };
    applyOp(data, { type: 'claim.put', claim: structuredClone(snapshotClaim) });
    applyOp(data, { type: 'claim.status', claimId: c.id, entry: b });
    applyOp(data, { type: 'claim.status', claimId: c.id, entry: cEntry });
    expect(data.claims[c.id]).toEqual(snapshotClaim);
    expect(data.claims[c.id]?.history).toHaveLength(3);
    expect(data.claims[c.id]?.status).toBe('verified');
  });

  it('appends a replayed entry the snapshot does not hold yet', () => {
    const data = emptyNotebook(newId(), at);
    const c = claim();
    const b = nextHistoryEntry(c.id, c.history, 'in_progress', '2026-03-01T13:00:00.000Z', '');
    applyOp(data, { type: 'claim.put', claim: structuredClone(c) });
    applyOp(data, { type: 'claim.status', claimId: c.id, entry: b });
    expect(data.claims[c.id]?.history).toEqual([...c.history, b]);
    expect(data.claims[c.id]?.status).toBe('in_progress');
  });

  it('removes evidence and ignores a status change for a claim that is gone', () => {
    const data = emptyNotebook(newId(), at);
    const evidence = { id: newId(), claimId: newId(), sourceId: newId(), stance: 'supports' as const, createdAt: at };
    applyOp(data, { type: 'evidence.put', evidence });
    applyOp(data, { type: 'evidence.remove', evidenceId: evidence.id });
    applyOp(data, { type: 'claim.status', claimId: newId(), entry: nextHistoryEntry('x', [], 'in_progress', at, '') });
    expect(data.evidence).toEqual({});
    expect(data.claims).toEqual({});
  });
});
