import { mkdir } from 'node:fs/promises';
import { PerformanceObserver } from 'node:perf_hooks';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { createDispatcher } from '../../main/api/dispatch';
import { createAppSearch } from '../../main/search/app-search';
import { observeCommits } from '../../main/search/observe-commits';
import type { SearchService } from '../../main/search/search-service';
import { createHandlers } from '../../main/services/handlers';
import type { NotebookStore } from '../../main/store/notebook-store';
import { mixedQueries } from './search-queries';
import { percentile, startStallMonitor } from './stall-monitor';

/**
 * Search in the benchmark, as the app runs it: the worker bundled by esbuild (the bench runs from
 * TypeScript sources, where Node 20 cannot start a .ts worker), started right after open, with every
 * mutation passed to it. Then 200 mixed queries through the dispatcher once the index is complete.
 */

async function bundleSearchWorker(): Promise<URL> {
  const outDir = resolve('.bench', 'search-worker');
  await mkdir(outDir, { recursive: true });
  const outfile = join(outDir, 'search-worker.js');
  await build({ entryPoints: ['main/search/worker/search-worker.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error', packages: 'external' });
  return pathToFileURL(outfile);
}

export interface BenchSearch {
  search: SearchService;
  /** The store with every commit passed to search, as the handlers see it. */
  observed: NotebookStore;
  /** Resolves when the index is complete: build time and the longest main-thread stall meanwhile. */
  built: Promise<{ indexMs: number; maxStallIndexingMs: number; maxStallIndexingAtMs: number; peakRssIndexingMb: number; maxGcIndexingMs: number }>;
}

export async function bundleForBench(): Promise<URL> {
  return bundleSearchWorker();
}

/** Starts search on an open store; returns at once, as opening the app does. */
export function startBenchSearch(store: NotebookStore, workerUrl: URL): BenchSearch {
  const monitor = startStallMonitor();
  // This thread's GC pauses while the index is built: tells a collection from CPU starvation in a stall.
  let maxGcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) maxGcMs = Math.max(maxGcMs, entry.duration);
  });
  gc.observe({ entryTypes: ['gc'] });
  const start = performance.now();
  const search = createAppSearch(store, workerUrl);
  const built = search.whenReady().then(() => {
    const stalls = monitor.stop();
    gc.disconnect();
    return { indexMs: performance.now() - start, maxStallIndexingMs: stalls.maxStallMs, maxStallIndexingAtMs: stalls.maxStallAtMs, peakRssIndexingMb: stalls.peakRssMb, maxGcIndexingMs: maxGcMs };
  });
  return { search, observed: observeCommits(store, (ops) => search.onCommit(ops)), built };
}

export async function measureQueries(store: NotebookStore, search: SearchService) {
  const dispatch = createDispatcher(createHandlers(store, undefined, { search }));
  const times: number[] = [];
  let hits = 0;
  const monitor = startStallMonitor();
  for (const query of mixedQueries(200)) {
    const start = performance.now();
    const result = await dispatch('search', query);
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(`search failed: ${result.error.message}`);
    hits += (result.value as { groups: Array<{ hits: unknown[] }> }).groups.reduce((n, group) => n + group.hits.length, 0);
  }
  const stalls = monitor.stop();
  return { searchP50Ms: percentile(times, 50), searchP95Ms: percentile(times, 95), searchMaxMs: Math.max(...times), hitsPerQuery: hits / times.length, maxStallSearchingMs: stalls.maxStallMs };
}
