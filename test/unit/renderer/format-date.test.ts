import { describe, expect, it } from 'vitest';
import { clipOrigin, countLabel, formatDate } from '../../../renderer/format/format-date';

const capture = { method: 'text' };

describe('format helpers', () => {
  it('counts in words', () => {
    expect(countLabel(0, 'claim')).toBe('no claims');
    expect(countLabel(1, 'claim')).toBe('1 claim');
    expect(countLabel(12, 'story', 'stories')).toBe('12 stories');
  });

  it('shows a date the page gave as written when it cannot be parsed', () => {
    expect(formatDate('last Tuesday')).toBe('last Tuesday');
    expect(formatDate('2024-11-20T10:00:00Z', 'en-GB')).toBe('20 Nov 2024');
    expect(formatDate(undefined)).toBe('');
  });

  it('names where a clip came from: site, then web host, then origin, then how it was captured', () => {
    expect(clipOrigin({ siteName: 'BBC News', capture })).toBe('BBC News');
    expect(clipOrigin({ canonicalUrl: 'https://www.bbc.co.uk/news/1', capture })).toBe('www.bbc.co.uk');
    expect(clipOrigin({ capture: { method: 'file', origin: 'notes.txt' } })).toBe('notes.txt');
    expect(clipOrigin({ capture })).toBe('Typed text');
  });
});
