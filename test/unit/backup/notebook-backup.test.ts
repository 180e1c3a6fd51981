import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, promises as fsp, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../main/api/dispatch';
import { backupNotebook, restoreNotebook } from '../../../main/backup/notebook-backup';
import { createHandlers } from '../../../main/services/handlers';
import { checkNotebook } from '../../../main/store/check-notebook';
import type { NotebookStore } from '../../../main/store/notebook-store';
import { openNotebook } from '../../../main/store/open-notebook';
import type { ApiResult } from '../../../shared/api/result';
import type { AddClipResult } from '../../../shared/api/views';
import type { Claim, Source } from '../../../shared/domain/entities';
import { addClip } from '../../support/make-records';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nn-backup-'));
  made.push(dir);
  return dir;
}

/** A tiny real PNG (1x1), kept as a clip's captured image. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/**
 * A real on-disk notebook worked as a reporter would, through the contract: the sample article with
 * two claims verified and one false (sources, evidence, rationales), one in progress, a story,
 * settings, and a second clip with a captured image.
 */
async function workedNotebook(dir: string): Promise<NotebookStore> {
  const store = await openNotebook(dir, { create: true, compactOnClose: false });
  const dispatch = createDispatcher(createHandlers(store));
  async function call<T>(method: string, input: unknown): Promise<T> {
    const result = (await dispatch(method, input)) as ApiResult<T>;
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  }
  await call('updateSettings', { organizationName: 'Gazette Fact Desk', organizationUrl: 'https://gazette.example/', reporterName: 'Ana Ruiz' });
  const { clip } = await call<AddClipResult>('addSampleClip', {});
  const claim = (quote: string) => call<Claim>('addClaim', { clipId: clip.id, quote });
  const ottawa = await claim('122 countries signed the Ottawa Convention');
  const notSigned = await claim('But neither Russia nor the United States signed it.');
  const washington = await claim('Washington hopes to use these mines on their territory in Ukraine.');
  const russia = await claim('Russia has been using anti-personnel land mines');
  const treaty = await call<Source>('addSource', { kind: 'document', title: 'Mine Ban Convention', url: 'https://treaties.un.org/' });
  const pentagon = await call<Source>('addSource', { kind: 'record', title: 'Pentagon transcript', url: 'https://www.defense.gov/' });
  await call('addEvidence', { claimId: ottawa.id, sourceId: treaty.id, stance: 'supports', quote: 'open for signature at Ottawa', locator: 'Article 15' });
  await call('addEvidence', { claimId: notSigned.id, sourceId: treaty.id, stance: 'supports' });
  await call('addEvidence', { claimId: washington.id, sourceId: pentagon.id, stance: 'contradicts', note: 'Ukraine lays the mines.' });
  await call('setClaimStatus', { id: ottawa.id, status: 'verified', rationale: 'The UN Treaty Collection lists 122 signatories at Ottawa.' });
  await call('setClaimStatus', { id: notSigned.id, status: 'verified', rationale: 'Neither appears among the signatories.' });
  await call('setClaimStatus', { id: washington.id, status: 'false', rationale: 'Ukrainian forces will lay them.' });
  await call('setClaimStatus', { id: russia.id, status: 'in_progress', rationale: 'Reading Landmine Monitor.' });
  const story = await call<{ id: string }>('addStory', { title: 'Landmines for Ukraine' });
  await call('assignToStory', { storyId: story.id, clipIds: [clip.id] });

  const withImage = await addClip(store, 'A photo caption: the embassy in Kyiv, closed.', 'Embassy photo');
  const sha = createHash('sha256').update(PNG).digest('hex');
  await fsp.writeFile(join(dir, 'assets', `${sha}.png`), PNG);
  await store.commit([{ type: 'clip.put', clip: { ...withImage, assets: [{ sha256: sha, ext: 'png', originalUrl: 'https://example.org/a.png' }] } }]);
  return store;
}

/** The notebook's records, for deep comparison. */
function records(store: NotebookStore) {
  const { notebookId, settings, clips, claims, sources, evidence, stories } = store.data;
  return structuredClone({ notebookId, settings, clips, claims, sources, evidence, stories });
}

describe('backupNotebook and restoreNotebook', () => {
  it('round-trips a notebook: the restored copy passes check and its claims, evidence and history are equal', async () => {
    const root = tempFolder();
    const store = await workedNotebook(join(root, 'original'));
    const before = records(store);
    const progress: number[] = [];
    const result = await backupNotebook(store, join(root, 'backup.zip'), (p) => progress.push(p.done));
    await store.close();
    // notebook.json, 2 clips x (html + txt), 1 image, and the backup's own manifest.
    expect(result).toEqual({ files: 7, bytes: (await fsp.stat(join(root, 'backup.zip'))).size, missing: [] });
    expect(progress.at(-1)).toBe(6);

    const restored = await restoreNotebook(join(root, 'backup.zip'), join(root, 'restored'));
    expect(restored.problems).toEqual([]);
    expect(restored.counts).toEqual({ clips: 2, claims: 4, sources: 2, evidence: 3, stories: 1 });

    const reopened = await openNotebook(join(root, 'restored'));
    try {
      expect((await checkNotebook(reopened)).problems).toEqual([]);
      expect(records(reopened)).toEqual(before);
      const statuses = Object.values(reopened.data.claims).map((claim) => [claim.status, claim.history.length]);
      expect(statuses).toEqual([['verified', 2], ['verified', 2], ['false', 2], ['in_progress', 2]]);
    } finally {
      await reopened.close();
    }
    // Bodies and images come back byte for byte.
    const original = readdirSync(join(root, 'original', 'assets'));
    expect(readdirSync(join(root, 'restored', 'assets'))).toEqual(original);
    expect(readdirSync(join(root, 'restored', 'clips')).sort()).toEqual(readdirSync(join(root, 'original', 'clips')).sort());
    // No temp folder is left beside the restored notebook.
    expect(readdirSync(root).sort()).toEqual(['backup.zip', 'original', 'restored']);
  });

  it('backs up a consistent state while the notebook keeps changing', async () => {
    const root = tempFolder();
    const store = await workedNotebook(join(root, 'original'));
    const before = records(store);
    const claim = Object.values(store.data.claims).find((c) => c.status === 'in_progress') as Claim;
    const backup = backupNotebook(store, join(root, 'backup.zip'));
    // A change committed while the backup is being written lands after its instant.
    await store.commit([{ type: 'claim.put', claim: { ...claim, note: 'Added during the backup', updatedAt: new Date().toISOString() } }]);
    await backup;
    await store.close();
    await restoreNotebook(join(root, 'backup.zip'), join(root, 'restored'));
    const reopened = await openNotebook(join(root, 'restored'));
    try {
      expect((await checkNotebook(reopened)).problems).toEqual([]);
      expect(records(reopened)).toEqual(before);
    } finally {
      await reopened.close();
    }
  });

  it('restores into an empty existing folder but refuses one with anything in it', async () => {
    const root = tempFolder();
    const store = await workedNotebook(join(root, 'original'));
    await backupNotebook(store, join(root, 'backup.zip'));
    await store.close();
    await fsp.mkdir(join(root, 'empty'));
    await expect(restoreNotebook(join(root, 'backup.zip'), join(root, 'empty'))).resolves.toMatchObject({ problems: [] });

    await fsp.mkdir(join(root, 'busy'));
    await fsp.writeFile(join(root, 'busy', 'notes.txt'), 'mine');
    await expect(restoreNotebook(join(root, 'backup.zip'), join(root, 'busy'))).rejects.toThrow(/busy is not empty \(1 item in it\)/);
    expect(readdirSync(join(root, 'busy'))).toEqual(['notes.txt']);
  });

  it('refuses an entry that climbs out of the folder, writing nothing anywhere', async () => {
    const root = tempFolder();
    const store = await workedNotebook(join(root, 'original'));
    await backupNotebook(store, join(root, 'backup.zip'));
    await store.close();
    const entries = unzipSync(await fsp.readFile(join(root, 'backup.zip')));
    const evil = zipSync({ '../escaped.txt': strToU8('owned'), ...entries });
    await fsp.writeFile(join(root, 'evil.zip'), evil);
    const before = readdirSync(root).sort();

    await expect(restoreNotebook(join(root, 'evil.zip'), join(root, 'restored'))).rejects.toThrow(
      /is not a Newsroom Notebook backup: the entry "\.\.\/escaped\.txt" points outside/,
    );
    expect(readdirSync(root).sort()).toEqual(before);
    expect(existsSync(join(root, 'escaped.txt'))).toBe(false);
  });

  it('refuses a zip that is not a backup, and a damaged backup, leaving no folder behind', async () => {
    const root = tempFolder();
    const store = await workedNotebook(join(root, 'original'));
    await backupNotebook(store, join(root, 'backup.zip'));
    await store.close();
    await fsp.writeFile(join(root, 'photos.zip'), zipSync({ 'holiday.jpg': strToU8('not really') }));
    await expect(restoreNotebook(join(root, 'photos.zip'), join(root, 'a'))).rejects.toThrow(/not a Newsroom Notebook backup: it holds "holiday\.jpg"/);

    const entries = unzipSync(await fsp.readFile(join(root, 'backup.zip')));
    const body = Object.keys(entries).find((name) => name.endsWith('.txt')) as string;
    const data = new Uint8Array(entries[body] as Uint8Array);
    data[0] = (data[0] ?? 0) ^ 1;
    await fsp.writeFile(join(root, 'damaged.zip'), zipSync({ ...entries, [body]: data }));
    await expect(restoreNotebook(join(root, 'damaged.zip'), join(root, 'b'))).rejects.toThrow(`damaged: ${body} does not match`);

    await fsp.writeFile(join(root, 'text.zip'), 'hello');
    await expect(restoreNotebook(join(root, 'text.zip'), join(root, 'c'))).rejects.toThrow(/not a Newsroom Notebook backup/);
    expect(readdirSync(root).sort()).toEqual(['backup.zip', 'damaged.zip', 'original', 'photos.zip', 'text.zip']);
  });

  it('leaves nothing at an output path it cannot write', async () => {
    const root = tempFolder();
    const store = await workedNotebook(join(root, 'original'));
    try {
      await expect(backupNotebook(store, join(root, 'no-such-folder', 'backup.zip'))).rejects.toThrow();
      expect(existsSync(join(root, 'no-such-folder'))).toBe(false);
    } finally {
      await store.close();
    }
  });
});

describe('restoreNotebook input checks', () => {
  it('says when the backup file does not exist, creating nothing', async () => {
    const root = tempFolder();
    await expect(restoreNotebook(join(root, 'nope.zip'), join(root, 'deep', 'restored'))).rejects.toThrow(`There is no file ${join(root, 'nope.zip')}.`);
    expect(readdirSync(root)).toEqual([]);
  });
});
