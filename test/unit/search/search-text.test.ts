import { describe, expect, it } from 'vitest';
import { normaliseWord, terms } from '../../../main/search/search-text';

describe('search words', () => {
  it('compares without case and accents', () => {
    expect(terms('Élysée SAID')).toEqual(['elysee', 'said']);
  });

  it('keeps a letter whose compatibility form has spaces as one word (the index splits words on spaces)', () => {
    // U+FDFA, one Arabic ligature, decomposes into four words under NFKD.
    expect(terms('\uFDFA')).toHaveLength(1);
    expect(normaliseWord('\uFDFA')).not.toMatch(/\s/);
    expect(normaliseWord('\u037A')).not.toMatch(/\s/);
  });
});
