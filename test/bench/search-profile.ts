import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { openNotebook } from '../../main/store/open-notebook';
import { inProcessBackend } from '../../main/search/in-process-backend';
import { createSearchService } from '../../main/search/search-service';
import { bundleForBench, startBenchSearch } from './search-bench';
import { mixedQueries } from './search-queries';
import { percentile } from './stall-monitor';

/**
 * `node --expose-gc --import tsx test/bench/search-profile.ts DIR main|engine`: where search's time
 * and memory go on a kept bench fixture (`npm run bench -- --keep`). `main`: the app's worker build,
 * with every main-thread GC pause (PerformanceObserver 'gc') and the process's memory while it runs.
 * `engine`: the engine on this thread, its heap after a forced GC, then the 200 queries by category
 * (run under `--cpu-prof` for a profile of the search path). Prints figures; asserts nothing.
 */
const [dir = '', mode = 'main'] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (n: number) => Math.round(n / 1024 / 1024);
const mem = () => {
  const m = process.memoryUsage();
  return `rss ${mb(m.rss)} heapUsed ${mb(m.heapUsed)} heapTotal ${mb(m.heapTotal)} external ${mb(m.external)} maxRSS ${Math.round(process.resourceUsage().maxRSS / 1024)}`;
};

const store = await openNotebook(dir, { compactOnClose: false });
console.log(`opened: ${mem()}`);
gc?.();
console.log(`after gc: ${mem()}`);

if (mode === 'main') {
  const pauses: Array<{ kind: number; ms: number; at: number }> = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ kind: (entry as unknown as { detail: { kind: number } }).detail.kind, ms: entry.duration, at: entry.startTime });
  });
  observer.observe({ entryTypes: ['gc'] });
  const url = await bundleForBench();
  const began = performance.now();
  const bench = startBenchSearch(store, url);
  let peak = 0;
  let last = performance.now();
  const gaps: string[] = [];
  const timer = setInterval(() => {
    const now = performance.now();
    if (now - last > 60) gaps.push(`${Math.round(now - last)}ms@${Math.round(last - began)}`);
    last = now;
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const built = await bench.built;
  clearInterval(timer);
  const worker = await bench.search.memory();
  if (worker) console.log(`worker: heap ${mb(worker.heapUsed)} MB, outside the heap ${mb(worker.external)} MB`);
  console.log(`gaps over 60 ms (length@start, ms after search started): ${gaps.join(' ') || 'none'}`);
  console.log(`built in ${Math.round(built.indexMs)} ms, longest stall ${built.maxStallIndexingMs.toFixed(1)} ms, sampled peak rss ${mb(peak)}; now ${mem()}`);
  const long = pauses.filter((p) => p.ms > 20).map((p) => `${p.kind}:${p.ms.toFixed(0)}ms@${Math.round(p.at - began)}`);
  console.log(`main-thread GC: ${pauses.length} pauses, total ${pauses.reduce((n, p) => n + p.ms, 0).toFixed(0)} ms, over 20 ms: ${long.join(' ') || 'none'} (kind 1 scavenge, 2 mark-compact, 4 incremental, 8 weak callbacks)`);
  const times: number[] = [];
  for (const query of mixedQueries(200)) {
    const t = performance.now();
    await bench.search.search(query);
    times.push(performance.now() - t);
  }
  console.log(`queries through the worker: p50 ${percentile(times, 50).toFixed(1)} p95 ${percentile(times, 95).toFixed(1)}; ${mem()}`);
  observer.disconnect();
  await bench.search.close();
} else {
  const before = getHeapStatistics().used_heap_size;
  const search = createSearchService(store, inProcessBackend((sha) => store.readBody(sha, 'txt')), { sliceSize: 2000, sliceMs: 50 });
  const t0 = performance.now();
  await search.whenReady();
  console.log(`engine built in-process in ${Math.round(performance.now() - t0)} ms`);
  gc?.();
  gc?.();
  console.log(`engine heap: +${mb(getHeapStatistics().used_heap_size - before)} MB; ${mem()}`);
  const queries = mixedQueries(200);
  const byCategory = new Map<number, number[]>();
  for (let round = 0; round < 2; round++) {
    queries.forEach(() => undefined);
    for (let i = 0; i < queries.length; i++) {
      const t = performance.now();
      await search.search(queries[i]!);
      if (round === 1) byCategory.set(i % 8, [...(byCategory.get(i % 8) ?? []), performance.now() - t]);
    }
  }
  const names = ['word', 'two words', 'prefix', 'typo', 'phrase', 'status', 'outlet+date', 'source kind'];
  for (const [k, times] of byCategory) console.log(`${names[k]}: p50 ${percentile(times, 50).toFixed(1)} p95 ${percentile(times, 95).toFixed(1)} max ${Math.max(...times).toFixed(1)}`);
  const all = [...byCategory.values()].flat();
  console.log(`all: p50 ${percentile(all, 50).toFixed(1)} p95 ${percentile(all, 95).toFixed(1)}`);
  await search.close();
}
await store.close();
