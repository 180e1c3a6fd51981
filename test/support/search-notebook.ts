import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import type { Claim, Clip, Evidence, HistoryEntry, Source } from '../../shared/domain/entities';
import { nextHistoryEntry } from '../../shared/domain/history';
import { newId } from '../../shared/domain/ids';
import { emptyNotebook } from '../../shared/domain/notebook-data';
import type { Status } from '../../shared/domain/status';
import { notebookPaths } from '../../main/store/notebook-layout';
import { SnapshotAdapter } from '../../main/store/snapshot-adapter';
import { article, rng, sentence } from '../bench/fixture-text';
import { textToHtml } from './make-records';

/**
 * A notebook of generated clips for the search e2e, written straight to disk in the store's own format
 * (bodies, then a checksummed snapshot, as test/bench/build-fixture.ts does) before the server starts:
 * committing a thousand clips through the API one by one would take most of a test's time.
 * The filler text never uses the word "desalination"; a handful of known records do, so a search for
 * it has a known answer: a clip with the passage deep in its text, claims of three statuses, a source
 * and a piece of evidence.
 */
export const SEARCH_FIXTURE = {
  word: 'desalination',
  clipTitle: 'Harbour desalination plant approved after long delay',
  outlet: 'Harbour Gazette',
  passage: "The desalination plant will supply 40 percent of the city's water by 2027, officials said.",
  falseClaim: "desalination plant will supply 40 percent of the city's water",
  verifiedClaim: 'desalination tender drew three bidders',
  unverifiedClaim: 'Desalination will double household water bills',
  sourceTitle: 'Desalination tender documents, city procurement office',
} as const;

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

export interface SearchNotebook {
  clipId: string;
  /** Where the passage sits in the clip's text, in code points. */
  passageStart: number;
}

export async function buildSearchNotebook(dir: string, clipCount = 1000): Promise<SearchNotebook> {
  const random = rng(7);
  const paths = notebookPaths(dir);
  for (const d of [paths.clips, paths.assets, paths.backups, paths.journal]) await fsp.mkdir(d, { recursive: true });
  const base = Date.parse('2024-01-01T00:00:00.000Z');
  const at = (i: number) => new Date(base + i * 60_000).toISOString();
  const data = emptyNotebook(newId(), at(0));

  const putClip = async (i: number, title: string, text: string, extra: Partial<Clip> = {}): Promise<Clip> => {
    const html = textToHtml(text);
    const textSha256 = sha(text);
    const htmlSha256 = sha(html);
    await fsp.writeFile(join(paths.clips, `${textSha256}.txt`), text);
    await fsp.writeFile(join(paths.clips, `${htmlSha256}.html`), html);
    const clip: Clip = {
      id: newId(),
      title,
      siteName: 'Example Times',
      lang: 'en',
      htmlSha256,
      textSha256,
      textLength: Array.from(text).length,
      capture: { method: 'url', origin: `https://news.example.org/2024/${i}`, capturedAt: at(i), bytesSha256: htmlSha256, byteLength: html.length },
      createdAt: at(i),
      updatedAt: at(i),
      ...extra,
    };
    data.clips[clip.id] = clip;
    return clip;
  };

  // The known clip comes first (oldest), so it is far down a library of a thousand.
  const paragraphs = Array.from({ length: 24 }, () => [sentence(random), sentence(random), sentence(random)].join(' '));
  paragraphs.splice(16, 0, `${sentence(random)} ${SEARCH_FIXTURE.passage} ${sentence(random)}`);
  const text = paragraphs.join('\n\n');
  const known = await putClip(0, SEARCH_FIXTURE.clipTitle, text, { siteName: SEARCH_FIXTURE.outlet, publishedTime: '2024-03-14T09:00:00.000Z' });
  const passageStart = Array.from(text.slice(0, text.indexOf(SEARCH_FIXTURE.passage))).length;

  for (let i = 1; i < clipCount; i++) await putClip(i, sentence(random, 6).replace(/ \d+\.$/, ''), article(random, 1500));

  const claim = (clipId: string | null, words: string, status: Status, i: number): Claim => {
    const id = newId();
    const history: HistoryEntry[] = [nextHistoryEntry(id, [], 'unverified', at(i), 'Claim recorded')];
    if (status !== 'unverified') history.push(nextHistoryEntry(id, history, status, at(i + 1), 'Checked against the tender documents.'));
    const start = clipId === known.id ? Array.from(text.slice(0, text.indexOf(words))).length : -1;
    const record: Claim = {
      id,
      clipId,
      text: words,
      anchor:
        start >= 0
          ? {
              quote: { type: 'TextQuoteSelector', exact: words, prefix: text.slice(Math.max(0, text.indexOf(words) - 32), text.indexOf(words)), suffix: text.slice(text.indexOf(words) + words.length, text.indexOf(words) + words.length + 32) },
              position: { type: 'TextPositionSelector', start, end: start + Array.from(words).length },
            }
          : null,
      status,
      history,
      createdAt: at(i),
      updatedAt: at(i + 1),
    };
    data.claims[id] = record;
    return record;
  };
  const falseClaim = claim(known.id, SEARCH_FIXTURE.falseClaim, 'false', clipCount + 1);
  claim(null, SEARCH_FIXTURE.verifiedClaim, 'verified', clipCount + 3);
  claim(null, SEARCH_FIXTURE.unverifiedClaim, 'unverified', clipCount + 5);

  const source: Source = { id: newId(), kind: 'record', title: SEARCH_FIXTURE.sourceTitle, publisher: 'City of Harbour', createdAt: at(clipCount + 6), updatedAt: at(clipCount + 6) };
  data.sources[source.id] = source;
  const evidence: Evidence = {
    id: newId(),
    claimId: falseClaim.id,
    sourceId: source.id,
    stance: 'contradicts',
    quote: 'The desalination contract covers 25 percent of demand.',
    createdAt: at(clipCount + 7),
  };
  data.evidence[evidence.id] = evidence;

  await new SnapshotAdapter(paths.snapshot, paths.snapshotSum).write({ ...data, journalThrough: 0 });
  return { clipId: known.id, passageStart };
}
