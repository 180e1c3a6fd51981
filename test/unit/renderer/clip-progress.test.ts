import { describe, expect, it } from 'vitest';
import { formatKilobytes, progressView } from '../../../renderer/clip/clip-progress';

describe('clip progress', () => {
  it('names each stage the way the dialog shows it', () => {
    expect(progressView(null)).toEqual({ label: 'Starting…', percent: null });
    expect(progressView({ stage: 'fetch', receivedBytes: 0 }).label).toBe('Fetching…');
    expect(progressView({ stage: 'fetch', receivedBytes: 12_800 }).label).toBe('Fetching (13 KB)');
    expect(progressView({ stage: 'fetch', receivedBytes: 300 }).label).toBe('Fetching (0.3 KB)');
    expect(progressView({ stage: 'extract' }).label).toBe('Extracting the article');
    expect(progressView({ stage: 'images', done: 2, total: 5 }).label).toBe('Images 2/5');
    expect(progressView({ stage: 'save' }).label).toBe('Saving');
  });

  it('has no value for a download of unknown size, and a measured one when the size is known', () => {
    expect(progressView({ stage: 'fetch', receivedBytes: 5000 }).percent).toBeNull();
    expect(progressView({ stage: 'fetch', receivedBytes: 50_000, totalBytes: 100_000 })).toEqual({ label: 'Fetching (49 KB of 98 KB)', percent: 20 });
  });

  it('only moves forward through the stages', () => {
    const steps = [
      progressView({ stage: 'fetch', receivedBytes: 0, totalBytes: 10 }),
      progressView({ stage: 'fetch', receivedBytes: 10, totalBytes: 10 }),
      progressView({ stage: 'extract' }),
      progressView({ stage: 'images', done: 0, total: 3 }),
      progressView({ stage: 'images', done: 3, total: 3 }),
      progressView({ stage: 'save' }),
    ].map((v) => v.percent!);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    expect(steps.at(-1)).toBeLessThan(100);
  });

  it('formats sizes for reading', () => {
    expect(formatKilobytes(2_000_000)).toBe('1.9 MB');
    expect(formatKilobytes(300)).toBe('0.3 KB');
    expect(formatKilobytes(20)).toBe('0.1 KB');
    expect(formatKilobytes(0)).toBe('0 KB');
    expect(formatKilobytes(2_400)).toBe('2.3 KB');
  });
});
