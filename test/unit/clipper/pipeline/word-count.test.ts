import { describe, expect, it } from 'vitest';
import { countWords } from '../../../../main/clipper/pipeline/word-count';

describe('countWords', () => {
  it('counts words in spaced and unspaced scripts', () => {
    expect(countWords('The council voted on Tuesday.', 'en')).toBe(5);
    expect(countWords('市议会周二投票关闭车站。', 'zh')).toBeGreaterThan(3);
    expect(countWords('', 'en')).toBe(0);
  });

  it('counts a long article exactly, cut at whitespace, and quickly (it runs on the main thread)', () => {
    const paragraph = 'The council said the budget rose 4 percent this year. '.repeat(40);
    const text = Array.from({ length: 200 }, () => paragraph.trim()).join('\n\n');
    const start = performance.now();
    expect(countWords(text, 'en')).toBe(200 * 40 * 10);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('never splits a character that needs two UTF-16 units', () => {
    const emoji = '😀'.repeat(5000);
    expect(() => countWords(emoji)).not.toThrow();
    expect(countWords(`${'字'.repeat(4095)}😀 end`, 'zh')).toBeGreaterThan(0);
  });
});
