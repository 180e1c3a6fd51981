import MiniSearch from 'minisearch';
import { SearchEngine } from '../../main/search/search-engine';
import { newId } from '../../shared/domain/ids';
import { article, rng, sentence } from './fixture-text';
import { mixedQueries } from './search-queries';
import { percentile } from './stall-monitor';

/**
 * `npx tsx --expose-gc test/bench/search-library-bench.ts [clips] [flex|mini|both]`: the app's engine
 * (FlexSearch for whole words, the query expanded to prefixes and typos from the notebook's
 * vocabulary, snippets made) against MiniSearch (its own prefix and fuzzy matching, no snippets), on
 * F10k's clips: 10k articles of ~5 KB (~800 words) with titles. Build time, heap after building, and
 * p50/p95 of the 200 benchmark queries' words. Prints figures; asserts nothing. Run alone: each
 * library's heap is measured after a forced GC.
 */
const count = Number(process.argv[2] ?? 10_000);
const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

const random = rng(42);
const docs = Array.from({ length: count }, () => ({ id: newId(), title: sentence(random, 6), text: article(random, 5_000) }));
const queries = mixedQueries(200).map((query) => query.query.replace(/"/g, ''));
console.log(`${count} articles, ${(docs.reduce((n, doc) => n + doc.text.length, 0) / 1024 / 1024).toFixed(0)} MB of text; gc ${gc ? 'forced' : 'NOT available (run with --expose-gc)'}`);

async function flex() {
  const before = heapMb();
  const texts = new Map(docs.map((doc) => [doc.id, doc.text]));
  const engine = new SearchEngine(async (sha) => texts.get(sha) ?? '');
  const start = performance.now();
  for (const [n, doc] of docs.entries()) await engine.apply({ kind: 'clip', n, id: doc.id, main: doc.title, more: '', textSha256: doc.id, date: '2024-01-01T00:00:00.000Z', trashed: false, up: -1, source: -1 });
  const buildMs = performance.now() - start;
  texts.clear();
  const heap = heapMb() - before;
  // Snippets read the text back: give it again for querying (not counted in the heap above).
  for (const doc of docs) texts.set(doc.id, doc.text);
  const times: number[] = [];
  for (const query of queries) {
    const t = performance.now();
    await engine.search({ query, kinds: ['clip'], limit: 10 });
    times.push(performance.now() - t);
  }
  return { buildMs, heap, times };
}

function mini() {
  const before = heapMb();
  const index = new MiniSearch<{ id: string; title: string; text: string }>({ fields: ['title', 'text'], searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 2 }, combineWith: 'AND' } });
  const start = performance.now();
  index.addAll(docs);
  const buildMs = performance.now() - start;
  const heap = heapMb() - before;
  const times: number[] = [];
  for (const query of queries) {
    const t = performance.now();
    index.search(query).slice(0, 10);
    times.push(performance.now() - t);
  }
  return { buildMs, heap, times, index };
}

const report = (name: string, r: { buildMs: number; heap: number; times: number[] }) =>
  console.log(`${name}: build ${(r.buildMs / 1000).toFixed(1)} s, heap +${r.heap.toFixed(0)} MiB, query p50 ${percentile(r.times, 50).toFixed(2)} ms, p95 ${percentile(r.times, 95).toFixed(2)} ms`);

const which = process.argv[3] ?? 'both';
if (which !== 'mini') report('The app\'s engine (FlexSearch 0.8 strict + vocabulary expansion, clip snippets included)', await flex());
if (which !== 'flex') report('MiniSearch 7 (prefix + fuzzy 0.2, AND, no snippets)', mini());
