import { createHash } from 'node:crypto';
import { mkdtempSync, promises as fsp, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { backupNotebook } from '../../../main/backup/notebook-backup';
import { DEFAULT_RESTORE_LIMITS, restoreNotebook } from '../../../main/backup/restore-notebook';
import type { BackupManifest } from '../../../main/backup/backup-format';
import { openNotebook } from '../../../main/store/open-notebook';
import { addClip } from '../../support/make-records';

/**
 * Restore's defences against a hostile or broken zip: caps on the files' count and their sizes
 * (declared and counted while inflating), each refused with a message naming the cause and nothing
 * left behind; and a backup of thousands of tiny files, which once overflowed fflate's stack.
 */

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nn-restore-'));
  made.push(dir);
  return dir;
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A real backup of a small notebook (one clip), as its entries, ready to be tampered with. */
async function smallBackup(root: string): Promise<Zippable> {
  const store = await openNotebook(join(root, 'original'), { create: true, compactOnClose: false });
  await addClip(store, 'The mayor said the bridge opens in May.', 'Bridge');
  await backupNotebook(store, join(root, 'backup.zip'));
  await store.close();
  return unzipSync(await fsp.readFile(join(root, 'backup.zip')));
}

/** The backup's entries plus `extra` files, each listed in its manifest as a real backup lists them. */
function withFiles(entries: Zippable, extra: Record<string, Uint8Array>): Zippable {
  const manifest = JSON.parse(Buffer.from(entries['backup-manifest.json'] as Uint8Array).toString('utf8')) as BackupManifest;
  for (const [path, data] of Object.entries(extra)) manifest.files.push({ path, sha256: sha256(data), bytes: data.length });
  const { 'backup-manifest.json': _old, ...rest } = entries;
  return { ...extra, ...rest, 'backup-manifest.json': strToU8(JSON.stringify(manifest)) };
}

/** An image entry name a backup may hold, unique per index. */
const assetName = (i: number) => `assets/${i.toString(16).padStart(64, '0')}.png`;

/** What is left in the folder after a refused restore: only the zips the test wrote. */
const leftBehind = (root: string) => readdirSync(root).filter((name) => !name.endsWith('.zip') && name !== 'original');

describe('restoreNotebook limits', () => {
  it('refuses an entry that declares more than a file may hold, before inflating it', async () => {
    const root = tempFolder();
    const entries = await smallBackup(root);
    const big = new Uint8Array(3 * 1024 * 1024);
    await fsp.writeFile(join(root, 'big.zip'), zipSync(withFiles(entries, { [assetName(1)]: big })));
    await expect(restoreNotebook(join(root, 'big.zip'), join(root, 'restored'), { limits: { maxEntryBytes: 1024 * 1024 } })).rejects.toThrow(
      `big.zip cannot be restored: the entry "${assetName(1)}" unpacks to 3 MiB, over the 1 MiB a file may hold, more than any notebook backup holds, so it is damaged or not a backup. Nothing was restored.`,
    );
    expect(leftBehind(root)).toEqual([]);
  });

  it('counts the bytes as they inflate, so a zip that lies about its sizes is stopped too', async () => {
    const root = tempFolder();
    const entries = await smallBackup(root);
    // 24 MiB of zeros deflate to ~24 KB: a small bomb. Its local header is made to claim 10 bytes.
    const bomb = new Uint8Array(24 * 1024 * 1024);
    const zip = zipSync(withFiles(entries, { [assetName(2)]: bomb }));
    expect(zip.length).toBeLessThan(1024 * 1024);
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50); // the bomb is the first entry
    view.setUint32(22, 10, true); // uncompressed size in the local header
    await fsp.writeFile(join(root, 'liar.zip'), zip);
    await expect(restoreNotebook(join(root, 'liar.zip'), join(root, 'restored'), { limits: { maxEntryBytes: 4 * 1024 * 1024 } })).rejects.toThrow(
      `liar.zip cannot be restored: the entry "${assetName(2)}" unpacks to over the 4 MiB a file may hold`,
    );
    expect(leftBehind(root)).toEqual([]);
  });

  it('refuses files that together unpack to more than the total allowed', async () => {
    const root = tempFolder();
    const entries = await smallBackup(root);
    const extra: Record<string, Uint8Array> = {};
    for (let i = 0; i < 4; i++) extra[assetName(10 + i)] = new Uint8Array(600 * 1024).fill(i);
    await fsp.writeFile(join(root, 'many.zip'), zipSync(withFiles(entries, extra)));
    const limits = { maxEntryBytes: 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024 };
    await expect(restoreNotebook(join(root, 'many.zip'), join(root, 'restored'), { limits })).rejects.toThrow(
      'many.zip cannot be restored: its files unpack to over 2 MiB, more than any notebook backup holds',
    );
    expect(leftBehind(root)).toEqual([]);
    // The same files within the caps restore: the caps, not the files, refused them.
    await expect(restoreNotebook(join(root, 'many.zip'), join(root, 'restored'), { limits: { ...limits, maxTotalBytes: 4 * 1024 * 1024 } })).resolves.toMatchObject({
      files: 3 + 4 + 1,
    });
  });

  it('refuses a zip with more files than a backup may hold', async () => {
    const root = tempFolder();
    const entries = await smallBackup(root);
    const extra: Record<string, Uint8Array> = {};
    for (let i = 0; i < 20; i++) extra[assetName(100 + i)] = strToU8(`image ${i}`);
    await fsp.writeFile(join(root, 'crowd.zip'), zipSync(withFiles(entries, extra)));
    await expect(restoreNotebook(join(root, 'crowd.zip'), join(root, 'restored'), { limits: { maxEntries: 10 } })).rejects.toThrow(
      'crowd.zip cannot be restored: it holds more than 10 files, more than any notebook backup holds',
    );
    expect(leftBehind(root)).toEqual([]);
  });

  it('has defaults well above a large real notebook', () => {
    // F10k: a ~100 MB notebook.json, clip bodies up to 15 MB, ~100k files with their images.
    expect(DEFAULT_RESTORE_LIMITS.maxEntryBytes).toBeGreaterThanOrEqual(512 * 1024 * 1024);
    expect(DEFAULT_RESTORE_LIMITS.maxEntries).toBeGreaterThanOrEqual(200_000);
    expect(DEFAULT_RESTORE_LIMITS.maxTotalBytes).toBeGreaterThan(DEFAULT_RESTORE_LIMITS.maxEntryBytes);
  });
});

describe('restoreNotebook with thousands of tiny files', () => {
  it('restores a backup of 4,000 captured images (pushed to fflate whole, this overflowed its stack)', async () => {
    const root = tempFolder();
    const dir = join(root, 'original');
    const store = await openNotebook(dir, { create: true, compactOnClose: false });
    const clip = await addClip(store, 'A gallery of 4,000 thumbnails.', 'Gallery');
    const assets = [];
    for (let i = 0; i < 4000; i++) {
      const data = strToU8(`thumb ${i}`);
      const sha = sha256(data);
      await fsp.writeFile(join(dir, 'assets', `${sha}.png`), data);
      assets.push({ sha256: sha, ext: 'png', originalUrl: `https://example.org/${i}.png` });
    }
    await store.commit([{ type: 'clip.put', clip: { ...clip, assets } }]);
    await backupNotebook(store, join(root, 'backup.zip'));
    await store.close();
    // Small enough that one 1 MB read holds thousands of entries: the case the 64 KB slices fix.
    expect((await fsp.stat(join(root, 'backup.zip'))).size).toBeGreaterThan(600 * 1024);

    const restored = await restoreNotebook(join(root, 'backup.zip'), join(root, 'restored'));
    expect(restored.problems).toEqual([]);
    expect(restored.files).toBe(1 + 2 + 4000 + 1);
    expect(readdirSync(join(root, 'restored', 'assets'))).toHaveLength(4000);
  }, 60_000);
});
