import { spawnSync } from 'node:child_process';
import { promises as fsp, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Claim } from '../../shared/domain/entities';
import { nextHistoryEntry } from '../../shared/domain/history';
import { limitHeapGrowth } from '../../main/memory/heap-growth';
import { openNotebook } from '../../main/store/open-notebook';
import { buildFixture, FIXTURES } from './build-fixture';
import type { ClipFigures } from './clip-bench';
import { openSqliteCopy } from './sqlite-bench';
import { percentile, startStallMonitor } from './stall-monitor';
import { bundleForBench, measureQueries, startBenchSearch } from './search-bench';
import { ensureBuild, measureFirstList, type BrowserFigures } from './browser-bench';
import { rerunBundled } from './bundled-run';

/**
 * `npm run bench [-- --json] [--fixture F10k|F50k|clip] [--runs N] [--no-clip]`: builds a fixture
 * notebook on disk, then measures the store as the app uses it and SQLite doing the same mutation;
 * then clipping a 1 MB page end to end against bare Readability (clip-bench.ts), whose figures are
 * added to each fixture's --json line (`--fixture clip` measures clipping alone). Prints figures; it
 * asserts nothing. The fixture is built in a child process so its generator does not inflate RSS here.
 * Search (issue 7) starts building its index in its worker right after open, as the app does, and
 * takes every mutation; once built, 200 mixed queries; then, with the store closed, the built app in
 * browser mode is opened on the fixture in Chromium for the time to a usable library and the
 * renderer's RSS (`--no-browser` skips that; `--dist DIR` uses a build instead of making .bench/dist).
 * The measuring runs from a bundle on plain Node, as the app does (bundled-run.ts).
 */
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const json = args.includes('--json');
const runs = Number(flag('--runs') ?? 300);
const log = (line: string) => {
  if (!json) console.log(line);
};
const round = (n: number) => Math.round(n * 100) / 100;
/** The process's RSS high-water mark so far (the kernel's, so no short peak between samples is missed). */
const maxRssMb = () => process.resourceUsage().maxRSS / 1024;
/** Linux: the high-water mark since `resetRssPeak` (VmHWM), so a phase's peak excludes opening's. */
const rssPeakMb = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
const resetRssPeak = () => {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux: the figure then includes opening.
  }
};

async function buildPhase(dir: string, fixture: string) {
  const size = FIXTURES[fixture];
  if (!size) throw new Error(`unknown fixture ${fixture}`);
  await buildFixture(dir, size);
}

function toggle(claim: Claim) {
  const to = claim.status === 'in_progress' ? 'unverified' : 'in_progress';
  return nextHistoryEntry(claim.id, claim.history, to, new Date().toISOString(), 'Re-checked with the press office');
}

async function measure(fixture: string) {
  const dir = resolve('.bench', `${fixture}-${process.pid}`);
  await fsp.rm(dir, { recursive: true, force: true });
  log(`${fixture}: building the fixture in ${dir} ...`);
  const t0 = performance.now();
  const built = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--phase-build', dir, fixture], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('building the fixture failed');
  const snapshotMb = (await fsp.stat(join(dir, 'notebook.json'))).size / 1024 / 1024;
  log(`  built in ${((performance.now() - t0) / 1000).toFixed(1)} s; notebook.json is ${snapshotMb.toFixed(1)} MB`);

  // The machine's own scheduling noise, for comparison with the stalls below: the stall monitor on an idle thread.
  const idle = startStallMonitor();
  await new Promise((done) => setTimeout(done, 1000));
  const idleStallMs = idle.stop().maxStallMs;
  // As the app does before it opens a notebook (app-wiring.ts).
  limitHeapGrowth();
  const openStart = performance.now();
  const store = await openNotebook(dir);
  const openMs = performance.now() - openStart;
  const bench = startBenchSearch(store, await workerUrl);
  const openWithSearchMs = performance.now() - openStart;
  const observed = bench.observed;
  const rssAfterOpen = process.memoryUsage().rss / 1024 / 1024;
  const maxRssAfterOpen = maxRssMb();
  resetRssPeak();
  log(`  open (checksum-verified snapshot): ${openMs.toFixed(0)} ms (${openWithSearchMs.toFixed(0)} ms with search started), RSS ${rssAfterOpen.toFixed(0)} MB (high-water mark so far ${maxRssAfterOpen.toFixed(0)} MB)`);

  const claimIds = Object.keys(store.data.claims);
  const pick = () => claimIds[Math.floor(Math.random() * claimIds.length)] ?? '';
  const mutating = startStallMonitor();
  const durations: number[] = [];
  const mutationsFrom = performance.now() - openStart - openMs;
  for (let i = 0; i < runs; i++) {
    const claimId = pick();
    const entry = toggle(store.data.claims[claimId] as Claim);
    const start = performance.now();
    await observed.commit([{ type: 'claim.status', claimId, entry }]);
    durations.push(performance.now() - start);
    // A turn of the event loop between changes, as between a reporter's clicks: back-to-back durable
    // commits keep Node in its I/O phase, so no timer fires and the stall monitors measure nothing.
    await new Promise((done) => setImmediate(done));
  }
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  const whileMutating = mutating.stop();
  log(`  (the ${runs} status changes ran from ${mutationsFrom.toFixed(0)} to ${(performance.now() - openStart - openMs).toFixed(0)} ms after search started)`);
  const indexing = await bench.built;
  const engineMemory = await bench.search.memory();
  if (engineMemory) log(`  the search worker holds ${(engineMemory.heapUsed / 1048576).toFixed(0)} MB of V8 heap and ${(engineMemory.external / 1048576).toFixed(0)} MB outside it (its word lists)`);
  log(`  search index built in ${bench.search.where() === 'worker' ? 'its worker' : 'THIS THREAD (the worker failed)'} in ${(indexing.indexMs / 1000).toFixed(1)} s (while the mutations above ran); longest main-thread stall meanwhile ${indexing.maxStallIndexingMs.toFixed(1)} ms (from ${indexing.maxStallIndexingAtMs.toFixed(0)} ms after search started; longest GC pause ${indexing.maxGcIndexingMs.toFixed(1)} ms; an idle thread's longest stall before opening ${idleStallMs.toFixed(1)} ms); sampled peak RSS ${indexing.peakRssIndexingMb.toFixed(0)} MB`);
  // The same changes again with the index built and nothing else running: the store's own figure, as the
  // core benchmark measured it and as SQLite is measured below.
  const quiet: number[] = [];
  for (let i = 0; i < runs; i++) {
    const claimId = pick();
    const entry = toggle(store.data.claims[claimId] as Claim);
    const start = performance.now();
    await observed.commit([{ type: 'claim.status', claimId, entry }]);
    quiet.push(performance.now() - start);
    await new Promise((done) => setImmediate(done));
  }
  const searching = await measureQueries(store, bench.search);
  log(`  search, 200 mixed queries: p50 ${searching.searchP50Ms.toFixed(1)} ms, p95 ${searching.searchP95Ms.toFixed(1)} ms, max ${searching.searchMaxMs.toFixed(1)} ms; ${searching.hitsPerQuery.toFixed(1)} hits per query; longest stall ${searching.maxStallSearchingMs.toFixed(1)} ms`);
  // Compaction (main thread, in slices) while mutations keep coming, as in real use.
  const compacting = startStallMonitor();
  const compactStart = performance.now();
  let compacted = false;
  const compaction = store.compact().finally(() => (compacted = true));
  const duringCompaction: number[] = [];
  while (!compacted) {
    const claimId = pick();
    const entry = toggle(store.data.claims[claimId] as Claim);
    const start = performance.now();
    await observed.commit([{ type: 'claim.status', claimId, entry }]);
    duringCompaction.push(performance.now() - start);
    await new Promise((r) => setTimeout(r, 5));
  }
  await compaction;
  const compactMs = performance.now() - compactStart;
  const whileCompacting = compacting.stop();
  const maxStallMs = Math.max(whileMutating.maxStallMs, whileCompacting.maxStallMs);
  log(`  durable status change: p50 ${percentile(quiet, 50).toFixed(2)} ms, p95 ${percentile(quiet, 95).toFixed(2)} ms over ${runs} runs; while the index was being built p50 ${percentile(durations, 50).toFixed(2)} ms, p95 ${percentile(durations, 95).toFixed(2)} ms`);
  log(`  during compaction (${(compactMs / 1000).toFixed(1)} s, main thread in slices): ${duringCompaction.length} changes, p50 ${percentile(duringCompaction, 50).toFixed(2)} ms, p95 ${percentile(duringCompaction, 95).toFixed(2)} ms`);
  log(`  longest main-thread stall: ${whileMutating.maxStallMs.toFixed(1)} ms while mutating, ${whileCompacting.maxStallMs.toFixed(1)} ms while compacting`);

  const closing = startStallMonitor();
  const closeStart = performance.now();
  await bench.search.close();
  await store.close();
  const closeMs = performance.now() - closeStart;
  const whileClosing = closing.stop();
  const peakRssMb = maxRssMb();
  const peakRssSinceOpenMb = rssPeakMb();
  log(`  RSS after mutations: ${rssMb.toFixed(0)} MB; sampled peak while compacting ${whileCompacting.peakRssMb.toFixed(0)} MB; process high-water mark (open, mutations, compaction, close) ${peakRssMb.toFixed(0)} MB; since open (search built, mutations, queries, compaction, close) ${peakRssSinceOpenMb.toFixed(0)} MB`);
  // Without its sum the snapshot must be validated in full; the sum is put back afterwards (the file is
  // unchanged), so browser mode below opens the notebook the usual way, a record run at a time.
  const sumPath = join(dir, 'notebook.json.sum');
  const sum = await fsp.readFile(sumPath);
  await fsp.unlink(sumPath);
  const fullStart = performance.now();
  const again = await openNotebook(dir, { compactOnClose: false });
  const openFullValidationMs = performance.now() - fullStart;
  log(`  close (compacts first): ${closeMs.toFixed(0)} ms, longest stall ${whileClosing.maxStallMs.toFixed(1)} ms; open without the checksum (full zod validation): ${openFullValidationMs.toFixed(0)} ms`);

  const sqlite = openSqliteCopy(join(dir, 'bench.sqlite'), again.data);
  const sqliteDurations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const claimId = pick();
    const claim = again.data.claims[claimId] as Claim;
    const entry = toggle(claim);
    const start = performance.now();
    sqlite.setStatus(claimId, entry);
    sqliteDurations.push(performance.now() - start);
    claim.history.push(entry);
    claim.status = entry.to;
  }
  sqlite.close();
  await again.close();
  await fsp.writeFile(sumPath, sum);
  let browser: BrowserFigures | undefined;
  if (!args.includes('--no-browser')) {
    browser = await measureFirstList(await distDir, dir);
    log(`  browser mode: first library row ${browser.firstListMs.toFixed(0)} ms after starting the server (server ready ${browser.serverReadyMs.toFixed(0)} ms, page ${browser.pageToListMs.toFixed(0)} ms); renderer RSS ${browser.rendererRssMb.toFixed(0)} MB (peak ${browser.rendererPeakRssMb.toFixed(0)} MB)`);
    log(`  browser mode, the app's main side (the built server, search worker included): RSS ${browser.serverRssMb.toFixed(0)} MB with the index built after 50 searches and 20 status changes; peak ${browser.serverPeakRssMb.toFixed(0)} MB from start to exit (open, index, searches, changes, compaction on close)`);
  }
  const sqliteP95Ms = percentile(sqliteDurations, 95);
  const mutationP95Ms = percentile(quiet, 95);
  log(`  SQLite (WAL, synchronous=FULL) same change: p50 ${percentile(sqliteDurations, 50).toFixed(2)} ms, p95 ${sqliteP95Ms.toFixed(2)} ms; ratio ${(mutationP95Ms / sqliteP95Ms).toFixed(2)}x`);
  if (!args.includes('--keep')) await fsp.rm(dir, { recursive: true, force: true });
  return {
    fixture,
    openMs: round(openMs),
    openFullValidationMs: round(openFullValidationMs),
    openWithSearchMs: round(openWithSearchMs),
    firstListMs: browser ? round(browser.firstListMs) : null,
    searchP50Ms: round(searching.searchP50Ms),
    searchP95Ms: round(searching.searchP95Ms),
    rendererRssMb: browser ? round(browser.rendererRssMb) : null,
    serverRssMb: browser ? round(browser.serverRssMb) : null,
    serverPeakRssMb: browser ? round(browser.serverPeakRssMb) : null,
    rendererPeakRssMb: browser ? round(browser.rendererPeakRssMb) : null,
    searchIndexMs: round(indexing.indexMs),
    searchIn: bench.search.where(),
    maxStallIndexingMs: round(indexing.maxStallIndexingMs),
    maxGcIndexingMs: round(indexing.maxGcIndexingMs),
    maxStallIndexingAtMs: round(indexing.maxStallIndexingAtMs),
    mutationsFromMs: round(mutationsFrom),
    workerHeapMb: engineMemory ? round(engineMemory.heapUsed / 1048576) : null,
    workerExternalMb: engineMemory ? round(engineMemory.external / 1048576) : null,
    idleStallMs: round(idleStallMs),
    loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    maxStallSearchingMs: round(searching.maxStallSearchingMs),
    mutationP50Ms: round(percentile(quiet, 50)),
    mutationP95Ms: round(mutationP95Ms),
    mutationWhileIndexingP50Ms: round(percentile(durations, 50)),
    mutationWhileIndexingP95Ms: round(percentile(durations, 95)),
    mutationDuringCompactionP95Ms: round(percentile(duringCompaction, 95)),
    sqliteP50Ms: round(percentile(sqliteDurations, 50)),
    sqliteP95Ms: round(sqliteP95Ms),
    ratioToSqlite: round(mutationP95Ms / sqliteP95Ms),
    maxStallMs: round(Math.max(maxStallMs, indexing.maxStallIndexingMs, searching.maxStallSearchingMs)),
    maxStallMutatingMs: round(whileMutating.maxStallMs),
    maxStallCompactingMs: round(whileCompacting.maxStallMs),
    maxStallClosingMs: round(whileClosing.maxStallMs),
    compactMs: round(compactMs),
    mutationsDuringCompaction: duringCompaction.length,
    closeMs: round(closeMs),
    rssAfterOpenMb: round(rssAfterOpen),
    rssMb: round(rssMb),
    compactionPeakRssMb: round(whileCompacting.peakRssMb),
    peakRssMb: round(peakRssMb),
    peakRssSinceOpenMb: round(peakRssSinceOpenMb),
    snapshotMb: round(snapshotMb),
  };
}

let workerUrl: Promise<URL> = Promise.reject(new Error('the search worker is bundled before measuring'));
workerUrl.catch(() => undefined);
let distDir: Promise<string> = Promise.resolve('');
const buildIndex = args.indexOf('--phase-build');
const bundledExit = buildIndex >= 0 ? undefined : await rerunBundled(fileURLToPath(import.meta.url), args);
if (bundledExit !== undefined) {
  process.exitCode = bundledExit;
} else if (buildIndex >= 0) {
  await buildPhase(args[buildIndex + 1] ?? '', args[buildIndex + 2] ?? 'F10k');
} else {
  const only = flag('--fixture');
  const fixtures = only === 'clip' ? [] : only ? [only] : args.includes('--f50k') ? ['F10k', 'F50k'] : ['F10k'];
  for (const fixture of fixtures) {
    if (!FIXTURES[fixture]) throw new Error(`Unknown fixture ${fixture}; use ${[...Object.keys(FIXTURES), 'clip'].join(' or ')}.`);
  }
  const results: object[] = [];
  // Started once, before the first fixture: the worker bundle, and the app build for browser mode.
  workerUrl = bundleForBench();
  distDir = fixtures.length > 0 && !args.includes('--no-browser') ? Promise.resolve(ensureBuild(flag('--dist'), log)) : Promise.resolve('');
  for (const fixture of fixtures) results.push(await measure(fixture));
  // Clipping is measured after the store (whose figures it must not disturb), once, in this process.
  let clipping: ClipFigures | undefined;
  if (!args.includes('--no-clip')) {
    // Loaded only now, so jsdom and the rest of the clipper do not count in the store's RSS figures above.
    const { measureClipping } = await import('./clip-bench');
    clipping = await measureClipping({ log });
  }
  const clipFields = clipping
    ? { clipMs: clipping.clipMs, clipRatioToReadability: clipping.clipRatioToReadability, clipReadabilityMs: clipping.readabilityMs, clipExtractMs: clipping.extractMs, clipPageBytes: clipping.pageBytes }
    : {};
  if (json) {
    if (results.length === 0) console.log(JSON.stringify({ fixture: 'clip', ...clipFields }));
    for (const result of results) console.log(JSON.stringify({ ...result, ...clipFields }));
  }
}
