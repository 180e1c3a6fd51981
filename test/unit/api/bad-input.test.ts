import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../main/api/dispatch';
import { createHandlers } from '../../../main/services/handlers';
import { METHOD_NAMES, type MethodName } from '../../../shared/api/contract';
import { createMemoryStore } from '../../support/memory-store';

const ID = '01ARZ3NDEKTSV4RRFFQ69G5FAV';

/** For every contract method, inputs a buggy or hostile caller might send, and the field the error must name. */
const badInputs: Record<MethodName, Array<[input: unknown, mentions: RegExp]>> = {
  getNotebookInfo: [[{ path: '/etc' }, /is not a field this action takes/], ['text', /should be a set of named fields/]],
  getSettings: [[{ x: 1 }, /is not a field this action takes/], [[1], /should be a set of named fields/]],
  updateSettings: [
    [{ organizationUrl: 'javascript:alert(1)' }, /organizationUrl/],
    [{ organizationName: 'x'.repeat(201) }, /organizationName/],
    [{ theme: 'dark' }, /is not a field this action takes/],
  ],
  listClips: [[{ limit: 100000 }, /limit/], [{ offset: -1 }, /offset/], [{ limit: '10' }, /limit/], [{ storyId: 'nope' }, /storyId/]],
  getClip: [[{}, /id/], [{ id: '../../etc/passwd' }, /id is not a valid ID/], [{ id: 42 }, /id/]],
  locateClip: [[{}, /id/], [{ id: '../x' }, /id is not a valid ID/]],
  addTextClip: [[{}, /text/], [{ text: '   ' }, /text is empty/], [{ text: 'x'.repeat(5_000_001) }, /text must be at most 5,000,000 characters/], [{ text: 'ok', title: 5 }, /title/]],
  addSampleClip: [[{ text: 'x' }, /is not a field this action takes/]],
  clipUrl: [
    [{}, /url is missing/],
    [{ url: 'file:///etc/passwd' }, /url must be a full web address/],
    [{ url: 'javascript:alert(1)' }, /url must be a full web address/],
    [{ url: 'gazette.example/story' }, /url must be a full web address/],
    [{ url: 'https://gazette.example/', newVersion: 'yes' }, /newVersion/],
  ],
  importFile: [
    [{ name: 'a.pdf' }, /dataBase64 is missing/],
    [{ name: '', dataBase64: 'QUJD' }, /name cannot be empty/],
    [{ name: 'a.pdf', dataBase64: 'not base64!' }, /dataBase64 is not base64 data/],
    [{ name: 'big.pdf', dataBase64: 'A'.repeat(Math.ceil((15 * 1024 * 1024 + 3) / 3) * 4) }, /"big\.pdf" is 15\.1 MB; one clip imports at most 15 MB/],
    [{ name: 'a.txt', dataBase64: 'QUJD', path: '/etc/passwd' }, /is not a field this action takes/],
  ],
  pasteArticle: [
    [{}, /nothing was pasted/],
    [{ html: '  ', text: '\n' }, /nothing was pasted/],
    [{ text: 'x'.repeat(5_000_001) }, /text must be at most 5,000,000 characters/],
    [{ html: 5 }, /html/],
  ],
  startClip: [
    [{}, /kind/],
    [{ kind: 'camera', request: {} }, /kind/],
    [{ kind: 'url', request: { url: 'file:///etc/passwd' } }, /url must be a full web address/],
    [{ kind: 'url', request: { url: 'javascript:alert(1)' } }, /url must be a full web address/],
    [{ kind: 'file', request: { name: 'a.pdf', dataBase64: 'not base64!' } }, /dataBase64 is not base64 data/],
    [{ kind: 'paste', request: { html: ' ', text: '' } }, /nothing was pasted/],
    [{ kind: 'url', request: { url: 'https://gazette.example/' }, extra: 1 }, /is not a field this action takes/],
  ],
  getClipJob: [[{}, /jobId/], [{ jobId: '../../etc/passwd' }, /jobId is not a valid job ID/], [{ jobId: ID, x: 1 }, /is not a field this action takes/]],
  cancelClipJob: [[{}, /jobId/], [{ jobId: 42 }, /jobId/]],
  openExternal: [
    [{}, /url/],
    [{ url: 'javascript:alert(1)' }, /url must be a web address \(http or https\) or an email link \(mailto\)/],
    [{ url: 'file:///etc/passwd' }, /url must be a web address/],
    [{ url: 'not a url' }, /url must be a web address/],
    [{ url: 'https://'.concat('a'.repeat(4000), '.example/') }, /url/],
  ],
  listClaims: [[{ status: 'done' }, /status/], [{ clipId: 'nope' }, /clipId/]],
  getClaim: [[{ id: '' }, /id/], [null as unknown, /id/]],
  addClaim: [
    [{}, /needs a clip and a quote/],
    [{ clipId: ID }, /needs a clip and a quote/],
    [{ clipId: 'x', quote: 'q' }, /clipId/],
    [{ clipId: ID, quote: 'q', start: 4 }, /needs both start and end/],
    [{ clipId: ID, quote: 'q', start: 9, end: 3 }, /start before end/],
    [{ clipId: ID, quote: 'q', start: -1, end: 3 }, /start/],
    [{ clipId: ID, quote: 'q', start: 0, end: 5_000_001 }, /end/],
    [{ clipId: ID, quote: 'q', start: 0.5, end: 3 }, /start/],
  ],
  updateClaim: [
    [{ id: ID }, /names nothing to change/],
    [{ id: ID, text: 'x'.repeat(10_001) }, /text/],
    [{ id: ID, note: 'x'.repeat(10_001) }, /note/],
    [{ id: ID, status: 'verified' }, /is not a field this action takes/],
    [{ text: 'New wording' }, /id/],
  ],
  deleteClaim: [[{}, /id/], [{ id: 'claim-1' }, /id is not a valid ID/], [{ id: ID, force: true }, /is not a field this action takes/]],
  restoreClaim: [[{ id: 7 }, /id/], ['01ARZ3NDEKTSV4RRFFQ69G5FAV', /should be a set of named fields/]],
  suggestClaims: [[{}, /clipId/], [{ clipId: ID, limit: 0 }, /limit/], [{ clipId: ID, limit: 201 }, /limit/]],
  dismissSuggestion: [[{ clipId: ID }, /key/], [{ clipId: ID, key: '  ' }, /key/], [{ clipId: ID, key: 'k'.repeat(201) }, /key/], [{ key: 'k' }, /clipId/]],
  setClaimStatus: [[{ id: ID, status: 'true' }, /status/], [{ status: 'verified' }, /id/], [{ id: ID, status: 'verified', rationale: 7 }, /rationale/]],
  listSources: [[{ kind: 'blog' }, /kind/]],
  getSource: [[{}, /id/], [{ id: '../../etc/passwd' }, /id is not a valid ID/], [{ id: 42 }, /id/]],
  addSource: [
    [{ title: '' }, /title/],
    [{ title: 'T', url: 'file:///etc/passwd' }, /url must be a full web address/],
    [{ title: 'T', kind: 'rumour' }, /kind/],
    [{ title: 'T', reliability: { rating: 'excellent', reason: '' } }, /reliability/],
    [{ title: 'T', kind: 'person', person: { role: 'Minister' } }, /mayBeNamed/],
  ],
  updateSource: [
    [{ title: 'T' }, /id/],
    [{ id: ID, title: '' }, /title/],
    [{ id: ID, url: 'javascript:alert(1)' }, /url must be a full web address/],
    [{ id: ID, kind: 'blog' }, /kind/],
    [{ id: ID, clipId: 'nope' }, /clipId/],
    [{ id: ID, reliability: { rating: 'high' } }, /reliability/],
    [{ id: ID, deletedAt: '2024-01-01T00:00:00.000Z' }, /is not a field this action takes/],
  ],
  deleteSource: [[{}, /id/], [{ id: ID, force: 'yes' }, /force/]],
  restoreSource: [[{ id: 'x' }, /id is not a valid ID/]],
  listEvidence: [[{}, /claimId/]],
  addEvidence: [[{ claimId: ID, sourceId: ID, stance: 'agrees' }, /stance/], [{ claimId: ID, stance: 'supports' }, /sourceId/]],
  removeEvidence: [[{ id: 'DROP TABLE' }, /id/]],
  restoreEvidence: [[{}, /id/], [{ id: ID, claimId: ID }, /is not a field this action takes/]],
  listTrash: [
    [{}, /kind must be/],
    [{ kind: 'clips' }, /kind/],
    [{ kind: 'claims', limit: 100000 }, /limit/],
    [{ kind: 'sources', offset: -1 }, /offset/],
    [{ kind: 'claims', history: true }, /is not a field this action takes/],
    [42, /should be a set of named fields/],
  ],
  listStories: [[{ limit: 0 }, /limit/]],
  addStory: [[{ title: '  ' }, /title/], [{}, /title/]],
  assignToStory: [[{ storyId: ID }, /names no clip or claim/], [{ storyId: ID, clipIds: ['x'] }, /clipIds/]],
  search: [
    [{}, /query is missing/],
    [{ query: '   ' }, /query/],
    [{ query: 'x', status: ['maybe'] }, /status/],
    [{ query: 'x', kinds: ['files'] }, /kinds/],
    [{ query: 'x', from: 'yesterday' }, /from must be a date/],
    [{ query: 'x', limit: 1000 }, /limit/],
  ],
  getSearchStatus: [[{ x: 1 }, /is not a field this action takes/]],
  previewBrief: [
    [{}, /needs exactly one of clipId, storyId or claimIds/],
    [{ clipId: ID, storyId: ID }, /needs exactly one of clipId, storyId or claimIds/],
    [{ clipId: '../etc' }, /clipId is not a valid ID/],
    [{ claimIds: [] }, /claimIds must be at least 1/],
    [{ clipId: ID, statuses: ['done'] }, /statuses/],
    [{ clipId: ID, includeOpen: 'yes' }, /includeOpen/],
    [{ clipId: ID, title: 'x'.repeat(501) }, /title/],
    [{ clipId: ID, format: 'pdf' }, /is not a field this action takes/],
  ],
  startBriefExport: [
    [{ clipId: ID }, /format/],
    [{ clipId: ID, format: 'exe' }, /format/],
    [{ format: 'md' }, /needs exactly one of clipId, storyId or claimIds/],
    [{ storyId: 'x', format: 'md' }, /storyId is not a valid ID/],
    [{ clipId: ID, format: 'md', path: '/etc/passwd' }, /is not a field this action takes/],
  ],
  getBriefExportJob: [[{}, /jobId/], [{ jobId: '../../x' }, /jobId is not a valid job ID/]],
  getBriefExportFile: [[{}, /jobId/], [{ jobId: ID, path: '/tmp/x' }, /is not a field this action takes/]],
  saveBriefExport: [[{ jobId: 5 }, /jobId/], [{ jobId: ID, path: '/etc/passwd' }, /is not a field this action takes/]],
  nextAppCommands: [
    [{ after: -1 }, /after/],
    [{ after: 1.5 }, /after/],
    [{ after: '3' }, /after/],
    [{ waitMs: 600_000 }, /waitMs/],
    [{ after: 0, channel: 'menu' }, /is not a field this action takes/],
  ],
  reportRendererError: [
    [{ message: 'x' }, /source/],
    [{ source: 'render' }, /message/],
    [{ source: 'render', message: '   ' }, /message/],
    [{ source: 'devtools', message: 'x' }, /source/],
    [{ source: 'error', message: 'x'.repeat(4001) }, /message/],
    [{ source: 'error', message: 'x', stack: 'y'.repeat(20_001) }, /stack/],
    [{ source: 'error', message: 'x', file: '/etc/passwd' }, /is not a field this action takes/],
  ],
};

describe('every API method refuses bad input with a clear error and writes nothing', () => {
  it('covers every method of the contract', () => {
    expect(Object.keys(badInputs).sort()).toEqual([...METHOD_NAMES].sort());
  });

  for (const method of METHOD_NAMES) {
    it(`${method}`, async () => {
      const store = createMemoryStore();
      const dispatch = createDispatcher(createHandlers(store));
      for (const [input, mentions] of badInputs[method]) {
        const result = await dispatch(method, input);
        expect(result.ok, `${method} accepted ${JSON.stringify(input)?.slice(0, 80)}`).toBe(false);
        if (result.ok) continue;
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.message).toMatch(/^Please check the input: /);
        expect(result.error.message).toMatch(mentions);
      }
      expect(store.commits).toEqual([]);
      expect(store.bodies.size).toBe(0);
    });
  }

  it('names an unknown method instead of failing silently', async () => {
    const dispatch = createDispatcher(createHandlers(createMemoryStore()));
    expect(await dispatch('deleteEverything', {})).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: 'There is no action called "deleteEverything".' },
    });
  });

  it('turns an unexpected failure into a message without leaking internals', async () => {
    const store = createMemoryStore();
    store.readBody = async () => {
      throw new Error('EIO: secret/internal/path');
    };
    const logged: unknown[] = [];
    const dispatch = createDispatcher(createHandlers(store), (error) => logged.push(error));
    await dispatch('addSampleClip', {});
    const clipId = Object.keys(store.data.clips)[0];
    const result = await dispatch('getClip', { id: clipId });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });
});
