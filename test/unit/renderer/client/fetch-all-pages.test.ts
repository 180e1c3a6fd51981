import { describe, expect, it } from 'vitest';
import type { Page } from '../../../../shared/api/views';
import { fetchAllPages } from '../../../../renderer/client/fetch-all-pages';

type Row = { id: string; title: string };

const rows = (n: number): Row[] => Array.from({ length: n }, (_, i) => ({ id: `s${n - i}`, title: `Story ${n - i}` }));

/** A listStories that pages like the real one (newest first), recording what it was asked. */
function pager(all: Row[]) {
  const asked: { offset: number; limit: number }[] = [];
  const fetchPage = async (offset: number, limit: number): Promise<Page<Row>> => {
    asked.push({ offset, limit });
    return { items: all.slice(offset, offset + limit), total: all.length, offset, limit };
  };
  return { asked, fetchPage };
}

describe('fetching every page of a list', () => {
  it('gets all 1,201 stories in three pages of 500, in order', async () => {
    const all = rows(1201);
    const { asked, fetchPage } = pager(all);
    const page = await fetchAllPages(fetchPage, 500);
    expect(page.total).toBe(1201);
    expect(page.items.map((s) => s.id)).toEqual(all.map((s) => s.id));
    expect(page.items.at(-1)?.title).toBe('Story 1');
    expect(asked).toEqual([
      { offset: 0, limit: 500 },
      { offset: 500, limit: 500 },
      { offset: 1000, limit: 500 },
    ]);
  });

  it('asks once for a list that fits a page, and once for an empty one', async () => {
    const small = pager(rows(50));
    expect((await fetchAllPages(small.fetchPage, 500)).items).toHaveLength(50);
    expect(small.asked).toHaveLength(1);
    const empty = pager([]);
    expect(await fetchAllPages(empty.fetchPage, 500)).toEqual({ items: [], total: 0, offset: 0, limit: 0 });
    expect(empty.asked).toHaveLength(1);
  });

  it('keeps a story once when one added meanwhile shifts the pages', async () => {
    const all = rows(4);
    let calls = 0;
    const fetchPage = async (offset: number, limit: number): Promise<Page<Row>> => {
      // After the first page, a new story arrives at the top, pushing s3 onto the second page too.
      if (calls++ === 1) all.unshift({ id: 's5', title: 'Story 5' });
      return { items: all.slice(offset, offset + limit), total: all.length, offset, limit };
    };
    const page = await fetchAllPages(fetchPage, 2);
    expect(page.items.map((s) => s.id)).toEqual(['s4', 's3', 's2', 's1']);
  });

  it('stops when the server has fewer items than it said, rather than asking forever', async () => {
    let calls = 0;
    const page = await fetchAllPages(async (offset, limit) => {
      calls++;
      return { items: offset === 0 ? rows(2) : [], total: 10, offset, limit };
    }, 2);
    expect(page.items).toHaveLength(2);
    expect(calls).toBe(2);
  });
});
