import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Longest main-thread stall: a 5 ms timer notes how late it fires (what a user would feel as a frozen
 * window), cross-checked with Node's event-loop delay histogram. Also samples peak RSS, which includes
 * any worker threads since they share the process.
 */
export function startStallMonitor() {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const began = performance.now();
  let last = began;
  let maxGap = 0;
  let maxGapAt = 0;
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => {
    const now = performance.now();
    if (now - last - 5 > maxGap) {
      maxGap = now - last - 5;
      maxGapAt = last - began;
    }
    last = now;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      histogram.disable();
      // When the longest timer gap began (ms after the monitor started), to find what ran then.
      return { maxStallMs: Math.max(maxGap, histogram.max / 1e6 - 5), maxStallAtMs: maxGapAt, peakRssMb: peakRss / 1024 / 1024 };
    },
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
