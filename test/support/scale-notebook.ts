import { promises as fsp } from 'node:fs';
import type { Claim, Evidence, HistoryEntry, Source } from '../../shared/domain/entities';
import { nextHistoryEntry } from '../../shared/domain/history';
import { newId } from '../../shared/domain/ids';
import { emptyNotebook } from '../../shared/domain/notebook-data';
import type { Status } from '../../shared/domain/status';
import { notebookPaths } from '../../main/store/notebook-layout';
import { SnapshotAdapter } from '../../main/store/snapshot-adapter';

/**
 * A notebook with long lists, for the lists-at-scale e2e: thousands of sources, thousands of claims in
 * one status, a few in another, and a trash with more deletions than one page. Written straight to
 * disk in the store's own format (a checksummed snapshot, as test/support/search-notebook.ts does)
 * before the server starts: adding thousands of records through the API would take the whole test.
 *
 * Sources are listed newest first, so "Source number N" (the newest) tops the list and "Source number
 * 1" ends it; claims are listed oldest first, so "Claim number 1" tops the Unverified column.
 */
export interface ScaleCounts {
  sources: number;
  /** Claims in Unverified. */
  unverified: number;
  /** Claims in In progress. */
  inProgress: number;
  /** Claims in the trash. */
  trashedClaims: number;
}

export const SCALE_DEFAULTS: ScaleCounts = { sources: 5000, unverified: 3000, inProgress: 5, trashedClaims: 120 };

export const sourceTitle = (n: number) => `Source number ${n}`;
export const claimText = (n: number) => `Claim number ${n} about the harbour budget`;
export const inProgressText = (n: number) => `Claim in progress ${n}`;
export const trashedText = (n: number) => `Deleted claim ${n}`;

const KINDS = ['web', 'document', 'person', 'dataset', 'record', 'other'] as const;

export async function buildScaleNotebook(dir: string, counts: ScaleCounts = SCALE_DEFAULTS): Promise<void> {
  const paths = notebookPaths(dir);
  for (const d of [paths.clips, paths.assets, paths.backups, paths.journal]) await fsp.mkdir(d, { recursive: true });
  const base = Date.parse('2024-01-01T00:00:00.000Z');
  let tick = 0;
  const at = () => new Date(base + tick++ * 1000).toISOString();
  const data = emptyNotebook(newId(), at());

  const sources: Source[] = [];
  for (let n = 1; n <= counts.sources; n++) {
    const time = at();
    const source: Source = {
      id: newId(),
      kind: KINDS[n % KINDS.length]!,
      title: sourceTitle(n),
      publisher: `Publisher ${n % 37}`,
      ...(n % 3 === 0 ? { reliability: { rating: 'medium' as const, reason: 'Checked once before' } } : {}),
      createdAt: time,
      updatedAt: time,
    };
    data.sources[source.id] = source;
    sources.push(source);
  }

  const claim = (words: string, status: Status, deleted = false): Claim => {
    const id = newId();
    const created = at();
    const history: HistoryEntry[] = [nextHistoryEntry(id, [], 'unverified', created, 'Claim recorded')];
    if (status !== 'unverified') history.push(nextHistoryEntry(id, history, status, at(), 'Calling the harbour authority.'));
    const record: Claim = { id, clipId: null, text: words, anchor: null, status, history, createdAt: created, updatedAt: created, ...(deleted ? { deletedAt: at() } : {}) };
    data.claims[id] = record;
    return record;
  };
  const claims: Claim[] = [];
  for (let n = 1; n <= counts.unverified; n++) claims.push(claim(claimText(n), 'unverified'));
  for (let n = 1; n <= counts.inProgress; n++) claim(inProgressText(n), 'in_progress');
  for (let n = 1; n <= counts.trashedClaims; n++) claim(trashedText(n), 'unverified', true);

  // Every tenth claim has a supporting source, so a card's evidence line is not always empty.
  for (let i = 0; i < claims.length; i += 10) {
    const evidence: Evidence = { id: newId(), claimId: claims[i]!.id, sourceId: sources[i % sources.length]!.id, stance: 'supports', createdAt: at() };
    data.evidence[evidence.id] = evidence;
  }

  await new SnapshotAdapter(paths.snapshot, paths.snapshotSum).write({ ...data, journalThrough: 0 });
}
