import { describe, expect, it } from 'vitest';
import { genesisHash, nextHistoryEntry, verifyHistory } from '../../../shared/domain/history';
import { newId } from '../../../shared/domain/ids';
import type { HistoryEntry } from '../../../shared/domain/entities';

function chain(claimId: string): HistoryEntry[] {
  const history: HistoryEntry[] = [];
  history.push(nextHistoryEntry(claimId, history, 'unverified', '2026-01-01T10:00:00.000Z', 'Claim recorded'));
  history.push(nextHistoryEntry(claimId, history, 'in_progress', '2026-01-01T11:00:00.000Z', ''));
  history.push(nextHistoryEntry(claimId, history, 'verified', '2026-01-02T09:30:00.000Z', 'Treaty text confirms 122 signatories'));
  return history;
}

describe('status history hash chain', () => {
  it('links the first entry to the claim and each later one to its predecessor', () => {
    const id = newId();
    const history = chain(id);
    expect(history[0]?.prevSha256).toBe(genesisHash(id));
    expect(history[1]?.from).toBe('unverified');
    expect(history[2]?.prevSha256).not.toBe(history[1]?.prevSha256);
    expect(verifyHistory(id, history, 'verified')).toEqual([]);
  });

  it('detects an edited rationale in the past', () => {
    const id = newId();
    const history = chain(id);
    history[1] = { ...history[1]!, rationale: 'quietly rewritten' };
    const problems = verifyHistory(id, history, 'verified');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/entry 3 does not link/);
  });

  it('detects a deleted entry and a status that disagrees with history', () => {
    const id = newId();
    const history = chain(id);
    history.splice(1, 1);
    expect(verifyHistory(id, history, 'verified').length).toBeGreaterThan(0);
    expect(verifyHistory(id, chain(id), 'false')[0]?.message).toMatch(/says false but its history ends at verified/);
  });

  it('detects a history moved to another claim', () => {
    const history = chain(newId());
    expect(verifyHistory(newId(), history, 'verified')[0]?.message).toMatch(/entry 1/);
  });
});
