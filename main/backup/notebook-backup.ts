import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import type { NotebookData } from '../../shared/domain/notebook-data';
import type { DeepReadonly, NotebookStore } from '../store/notebook-store';
import { isImageFileName } from '../clipper/assets/image-types';
import { AtomicZipWriter } from './atomic-zip-writer';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MANIFEST_FILE,
  BACKUP_SNAPSHOT_FILE,
  type BackupFileEntry,
  type BackupManifest,
} from './backup-format';

export { DEFAULT_RESTORE_LIMITS, restoreNotebook, type RestoreLimits, type RestoreOptions, type RestoreResult } from './restore-notebook';

export interface BackupProgress {
  /** Files written so far and in all (notebook.json, then every body and image). */
  done: number;
  total: number;
}

export interface BackupResult {
  files: number;
  bytes: number;
  /** Files the notebook points at that were not on disk, so are not in the backup (`check` names them too). */
  missing: string[];
}

/** Every file the notebook's clips point at, as paths inside the notebook folder. */
function referencedFiles(data: DeepReadonly<NotebookData>): string[] {
  const files = new Set<string>();
  for (const clip of Object.values(data.clips)) {
    files.add(`clips/${clip.htmlSha256}.html`);
    files.add(`clips/${clip.textSha256}.txt`);
    if (clip.fullHtmlSha256) files.add(`clips/${clip.fullHtmlSha256}.html`);
    if (clip.fullTextSha256) files.add(`clips/${clip.fullTextSha256}.txt`);
    for (const asset of clip.assets ?? []) files.add(`assets/${asset.sha256}.${asset.ext}`);
  }
  return [...files];
}

/**
 * Back up the whole open notebook into one zip at `outFile`. The metadata is the store's in-memory
 * state serialised in one synchronous step, so it is consistent even while the app keeps working
 * (no journal is copied mid-write); bodies and images are immutable and content-addressed, so reading
 * them afterwards is safe. The zip is written to a temp file and renamed into place when complete.
 */
export async function backupNotebook(
  store: NotebookStore,
  outFile: string,
  onProgress?: (progress: BackupProgress) => void,
): Promise<BackupResult> {
  const data = store.data;
  // One synchronous step: no commit can land between these two lines and the stringify.
  const snapshot = Buffer.from(`${JSON.stringify({ ...data, journalThrough: 0 })}\n`, 'utf8');
  const paths = referencedFiles(data);
  const counts = {
    clips: Object.keys(data.clips).length,
    claims: Object.keys(data.claims).length,
    sources: Object.keys(data.sources).length,
    evidence: Object.keys(data.evidence).length,
    stories: Object.keys(data.stories).length,
  };
  const total = paths.length + 1;
  const entries: BackupFileEntry[] = [];
  const missing: string[] = [];
  const writer = await AtomicZipWriter.open(outFile);
  try {
    const add = async (path: string, bytes: Uint8Array) => {
      // Images are already compressed; deflating them again costs time for nothing.
      await writer.add(path, bytes, { store: isImageFileName(path) });
      entries.push({ path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length });
      onProgress?.({ done: entries.length + missing.length, total });
    };
    await add(BACKUP_SNAPSHOT_FILE, snapshot);
    for (const path of paths) {
      let bytes: Buffer;
      try {
        bytes = await fsp.readFile(join(store.dir, path));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        missing.push(path);
        continue;
      }
      await add(path, bytes);
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      notebookId: data.notebookId,
      schemaVersion: data.schemaVersion,
      createdAt: new Date().toISOString(),
      software: 'Newsroom Notebook',
      counts,
      missing,
      files: entries,
    };
    await writer.add(BACKUP_MANIFEST_FILE, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
    const bytes = await writer.finish();
    return { files: entries.length + 1, bytes, missing };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}
