import { prose } from '../extract/page-builder';

/** A news-like page of about 1.2 MB: many paragraphs of prose with links and inline markup. */
export function largePage(): string {
  const parts: string[] = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Budget night</title></head><body><nav><a href="/">Home</a></nav><article><h1>Budget night</h1>'];
  for (let i = 0; parts.join('').length < 0 && i < 0; i++) parts.push('');
  let size = 0;
  for (let i = 0; size < 1_200_000; i++) {
    const paragraph = `<p>${prose(`Paragraph ${i}`)} <a href="/story/${i}">Related</a> <em>note ${i}</em></p>`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  parts.push('</article><footer>Footer</footer></body></html>');
  return parts.join('');
}

/** Runs `work` while a 10 ms interval ticks; returns its value and the longest gap between ticks, in ms. */
export async function longestTickGap<T>(work: () => Promise<T>): Promise<{ value: T; gap: number }> {
  let last = performance.now();
  let gap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 10);
  try {
    // Let the interval start before the work does.
    await new Promise((resolve) => setTimeout(resolve, 20));
    last = performance.now();
    const value = await work();
    gap = Math.max(gap, performance.now() - last);
    return { value, gap: Math.round(gap) };
  } finally {
    clearInterval(timer);
  }
}
