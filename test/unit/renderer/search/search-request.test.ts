import { describe, expect, it } from 'vitest';
import { activeFilterCount, HITS_ONE_KIND, HITS_PER_KIND, NO_FILTERS, searchRequest } from '../../../../renderer/search/search-request';

describe('searchRequest', () => {
  it('asks nothing for an empty box, blanks or a lone quote mark', () => {
    expect(searchRequest('', NO_FILTERS).kind).toBe('idle');
    expect(searchRequest('   ', NO_FILTERS).kind).toBe('idle');
    expect(searchRequest(' " ', NO_FILTERS).kind).toBe('idle');
  });

  it('sends the trimmed words with a few hits per kind and no empty filters', () => {
    expect(searchRequest('  bridge repairs ', NO_FILTERS)).toEqual({ kind: 'ready', input: { query: 'bridge repairs', limit: HITS_PER_KIND } });
  });

  it('sends every filter the reporter set, and more hits when looking in one kind', () => {
    const request = searchRequest('"land mines"', {
      kind: 'claim',
      status: ['false', 'verified'],
      storyId: '01HZX6Q9W0000000000000000A',
      sourceKind: 'record',
      from: '2024-01-01',
      to: '2024-03-31',
      outlet: ' Reuters ',
    });
    expect(request).toEqual({
      kind: 'ready',
      input: {
        query: '"land mines"',
        limit: HITS_ONE_KIND,
        kinds: ['claim'],
        status: ['false', 'verified'],
        storyId: '01HZX6Q9W0000000000000000A',
        sourceKind: 'record',
        from: '2024-01-01',
        to: '2024-03-31',
        outlet: 'Reuters',
      },
    });
  });

  it('explains a date range the wrong way round instead of searching it', () => {
    const request = searchRequest('budget', { ...NO_FILTERS, from: '2024-05-01', to: '2024-04-01' });
    expect(request.kind).toBe('invalid');
    expect(request.kind === 'invalid' && request.problem).toMatch(/“From” date is after the “To” date/);
  });

  it('explains a query longer than the notebook accepts', () => {
    expect(searchRequest('a'.repeat(501), NO_FILTERS).kind).toBe('invalid');
    expect(searchRequest('a'.repeat(500), NO_FILTERS).kind).toBe('ready');
  });

  it('counts the filters in use', () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, status: ['false'], outlet: '  ', from: '2024-01-01' })).toBe(2);
  });
});
