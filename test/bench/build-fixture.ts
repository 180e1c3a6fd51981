import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import type { Claim, Clip, Evidence, HistoryEntry, Source } from '../../shared/domain/entities';
import { nextHistoryEntry } from '../../shared/domain/history';
import { newId } from '../../shared/domain/ids';
import { emptyNotebook, type NotebookData } from '../../shared/domain/notebook-data';
import { STATUSES } from '../../shared/domain/status';
import { notebookPaths } from '../../main/store/notebook-layout';
import { SnapshotAdapter } from '../../main/store/snapshot-adapter';
import { textToHtml } from '../support/make-records';
import { article, rng, sentence } from './fixture-text';

export interface FixtureSize {
  clips: number;
  claims: number;
  sources: number;
  evidence: number;
  history: number;
  bodyBytes: number;
}

export const FIXTURES: Record<string, FixtureSize> = {
  F10k: { clips: 10_000, claims: 50_000, sources: 20_000, evidence: 100_000, history: 150_000, bodyBytes: 5_000 },
  F50k: { clips: 50_000, claims: 250_000, sources: 100_000, evidence: 500_000, history: 750_000, bodyBytes: 5_000 },
};

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Write a notebook of the given size in the store's own on-disk format: bodies under clips/, and the
 * snapshot (with its checksum) written directly by the store's snapshot adapter, which is much faster
 * than committing 330k records one by one.
 */
export async function buildFixture(dir: string, size: FixtureSize): Promise<NotebookData> {
  const random = rng(42);
  const paths = notebookPaths(dir);
  for (const d of [paths.clips, paths.assets, paths.backups, paths.journal]) await fsp.mkdir(d, { recursive: true });
  const base = Date.parse('2024-01-01T00:00:00.000Z');
  const at = (i: number) => new Date(base + i * 1000).toISOString();
  const data = emptyNotebook(newId(), at(0));
  const clipIds: string[] = [];
  const texts: string[] = [];
  for (let i = 0; i < size.clips; i++) {
    const text = article(random, size.bodyBytes);
    const html = textToHtml(text);
    const textSha256 = sha(text);
    const htmlSha256 = sha(html);
    await fsp.writeFile(join(paths.clips, `${textSha256}.txt`), text);
    await fsp.writeFile(join(paths.clips, `${htmlSha256}.html`), html);
    const clip: Clip = {
      id: newId(),
      title: sentence(random, 6),
      byline: 'By Staff Reporter',
      siteName: 'Example Times',
      canonicalUrl: `https://news.example.org/2024/${i}`,
      lang: 'en',
      excerpt: text.slice(0, 120),
      htmlSha256,
      textSha256,
      textLength: text.length,
      capture: { method: 'url', origin: `https://news.example.org/2024/${i}`, capturedAt: at(i), bytesSha256: htmlSha256, byteLength: html.length },
      createdAt: at(i),
      updatedAt: at(i),
    };
    data.clips[clip.id] = clip;
    clipIds.push(clip.id);
    if (i < 200) texts.push(text);
  }
  const historyPerClaim = size.history / size.claims;
  for (let i = 0; i < size.claims; i++) {
    const id = newId();
    const clipId = clipIds[i % clipIds.length] ?? null;
    const body = texts[i % texts.length] ?? '';
    const start = Math.floor(random() * Math.max(1, body.length - 200));
    const exact = body.slice(start, start + 50 + Math.floor(random() * 70));
    const history: HistoryEntry[] = [];
    const steps = Math.max(1, Math.round(historyPerClaim + (random() - 0.5) * 2));
    for (let s = 0; s < steps; s++) {
      const to = s === 0 ? 'unverified' : (STATUSES[1 + Math.floor(random() * (STATUSES.length - 1))] ?? 'in_progress');
      if (s > 0 && history[history.length - 1]?.to === to) continue;
      history.push(nextHistoryEntry(id, history, to, at(i + s), s === 0 ? 'Claim recorded' : sentence(random, 5 + Math.floor(random() * 8))));
    }
    const last = history[history.length - 1];
    const claim: Claim = {
      id,
      clipId,
      text: exact.trim() || 'A claim',
      anchor: { quote: { type: 'TextQuoteSelector', exact: exact || 'x', prefix: body.slice(Math.max(0, start - 32), start), suffix: body.slice(start + exact.length, start + exact.length + 32) }, position: { type: 'TextPositionSelector', start, end: start + exact.length } },
      note: random() < 0.3 ? sentence(random) : undefined,
      status: last?.to ?? 'unverified',
      history,
      createdAt: at(i),
      updatedAt: last?.at ?? at(i),
    };
    if (claim.note === undefined) delete claim.note;
    data.claims[id] = claim;
  }
  const sourceIds: string[] = [];
  for (let i = 0; i < size.sources; i++) {
    const source: Source = { id: newId(), kind: 'web', title: sentence(random, 6), url: `https://records.example.gov/doc/${i}`, publisher: 'Example Agency', createdAt: at(i), updatedAt: at(i) };
    data.sources[source.id] = source;
    sourceIds.push(source.id);
  }
  const claimIds = Object.keys(data.claims);
  for (let i = 0; i < size.evidence; i++) {
    const evidence: Evidence = {
      id: newId(),
      claimId: claimIds[i % claimIds.length] ?? '',
      sourceId: sourceIds[i % sourceIds.length] ?? '',
      stance: (['supports', 'contradicts', 'context'] as const)[i % 3] ?? 'context',
      quote: sentence(random, 5 + Math.floor(random() * 6)),
      locator: `p. ${1 + (i % 300)}`,
      createdAt: at(i),
    };
    data.evidence[evidence.id] = evidence;
  }
  await new SnapshotAdapter(paths.snapshot, paths.snapshotSum).write({ ...data, journalThrough: 0 });
  return data;
}
