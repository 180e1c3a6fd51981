import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppSearch } from '../../../../main/search/app-search';
import { createInProcessSearch } from '../../../../main/search/in-process-search';
import type { SearchService } from '../../../../main/search/search-service';
import { openNotebook } from '../../../../main/store/open-notebook';
import type { NotebookStore } from '../../../../main/store/notebook-store';
import { observeCommits } from '../../../../main/search/observe-commits';
import { addClip, claimRecord, evidenceRecord, sourceRecord } from '../../../support/make-records';

/**
 * The worker thread is what the app runs; from TypeScript sources Node 20 cannot start it, so the
 * test bundles it with esbuild as `npm run build` does, then checks it answers exactly as the
 * in-process engine over the same notebook, before and after changes.
 */
let tmp: string;
let workerUrl: URL;
let store: NotebookStore;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'search-worker-'));
  const out = join(tmp, 'search-worker.js');
  await build({ entryPoints: ['main/search/worker/search-worker.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'error' });
  workerUrl = pathToFileURL(out);
  store = await openNotebook(join(tmp, 'notebook'), { create: true });
  const bridge = await addClip(store, 'The council closed the Elm Street bridge.\n\nEngineers found corrosion in the steel beams.', 'Bridge closed');
  await addClip(store, 'Rents rose by 12 percent, the housing report said.', 'Rents rising');
  const claim = claimRecord(bridge.id, 'Engineers found corrosion in the steel beams');
  const source = sourceRecord('Inspection report on the bridge corrosion');
  await store.commit([{ type: 'claim.put', claim }, { type: 'source.put', source }, { type: 'evidence.put', evidence: evidenceRecord(claim.id, source.id) }]);
});

afterAll(async () => {
  await store.close();
  await rm(tmp, { recursive: true, force: true });
});

const QUERIES = ['corrosion', 'corosion', 'brid', '"steel beams"', 'report', 'council bridge', 'nothing-like-this'];

async function answers(search: SearchService) {
  const out = [];
  for (const query of QUERIES) {
    const { groups, indexing } = await search.search({ query, limit: 10 });
    out.push({ query, indexing, groups });
  }
  return out;
}

describe('the search worker', () => {
  it('gives the same results as the in-process engine, also after a change', async () => {
    const inWorker = createAppSearch(store, workerUrl);
    const here = createInProcessSearch(store);
    try {
      await Promise.all([inWorker.whenReady(), here.whenReady()]);
      expect(inWorker.where()).toBe('worker');
      const fromWorker = await answers(inWorker);
      expect(fromWorker).toEqual(await answers(here));
      expect(fromWorker.find((answer) => answer.query === 'corrosion')?.groups.map((group) => group.kind).sort()).toEqual(['claim', 'clip', 'source']);

      const observed = observeCommits(store, (ops) => {
        inWorker.onCommit(ops);
        here.onCommit(ops);
      });
      await addClip(observed, 'Corrosion was also found under the river tunnel.', 'Tunnel inspection');
      const after = await answers(inWorker);
      expect(after).toEqual(await answers(here));
      expect(inWorker.where()).toBe('worker');
      expect(after.find((answer) => answer.query === 'corrosion')?.groups.find((group) => group.kind === 'clip')?.total).toBe(2);
    } finally {
      await inWorker.close();
      await here.close();
    }
  });

  it('falls back to searching in-process when the worker cannot start', async () => {
    const search = createAppSearch(store, pathToFileURL(join(tmp, 'no-such-worker.js')));
    try {
      await search.whenReady();
      expect(search.where()).toBe('in-process');
      const { groups } = await search.search({ query: 'corrosion', limit: 10 });
      expect(groups.map((group) => group.kind).sort()).toEqual(['claim', 'clip', 'source']);
    } finally {
      await search.close();
    }
  });
});
