import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Longest main-thread stall: a 5 ms timer notes how late it fires (what a user would feel as a frozen
 * window), cross-checked with Node's event-loop delay histogram. Also samples peak RSS, which includes
 * any worker threads since they share the process.
 */
export function startStallMonitor() {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  let last = performance.now();
  let maxGap = 0;
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last - 5);
    last = now;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      histogram.disable();
      return { maxStallMs: Math.max(maxGap, histogram.max / 1e6 - 5), peakRssMb: peakRss / 1024 / 1024 };
    },
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
