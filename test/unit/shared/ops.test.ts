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
