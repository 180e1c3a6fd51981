import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../../shared/api/contract';
import type { Dispatch } from '../api/dispatch';

/**
 * A file from the reporter's disk (File > Import file…, a file dropped on the dock icon, a second
 * launch with a file) into the same background clip job the Clip dialog uses. The size is checked
 * before the file is read, so a mistaken pick of a 2 GB video fails at once with a message that says why.
 */

/** The extensions the open dialog offers; the clipper reads these (main/clipper/files/read-document.ts). */
export const IMPORT_EXTENSIONS = ['html', 'htm', 'txt', 'md', 'pdf', 'docx'] as const;

export type ImportOutcome = { ok: true; jobId: string; label: string } | { ok: false; message: string };

export interface ImportFileDeps {
  stat?: (file: string) => Promise<{ size: number; isFile(): boolean }>;
  readFile?: (file: string) => Promise<Buffer>;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export async function startFileImport(file: string, dispatch: Dispatch, deps: ImportFileDeps = {}): Promise<ImportOutcome> {
  const label = path.basename(file);
  let info: { size: number; isFile(): boolean };
  try {
    info = await (deps.stat ?? stat)(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? `"${label}" was not found. It may have been moved or deleted.` : `"${label}" could not be read (${code ?? 'unknown error'}).` };
  }
  if (!info.isFile()) return { ok: false, message: `"${label}" is a folder, not a file. Choose a document inside it.` };
  if (info.size > MAX_IMPORT_BYTES) {
    return { ok: false, message: `"${label}" is ${megabytes(info.size)}; one clip imports at most 15 MB. Split the document, or clip the part you need.` };
  }
  let bytes: Buffer;
  try {
    bytes = await (deps.readFile ?? readFile)(file);
  } catch (error) {
    return { ok: false, message: `"${label}" could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).` };
  }
  const started = await dispatch('startClip', { kind: 'file', request: { name: label, dataBase64: bytes.toString('base64') } });
  if (!started.ok) return { ok: false, message: started.error.message };
  return { ok: true, jobId: (started.value as { jobId: string }).jobId, label };
}

/** A web address handed to the app (a second launch, macOS open-url): clipped like one typed in the dialog. */
export async function startUrlClip(url: string, dispatch: Dispatch): Promise<ImportOutcome> {
  const started = await dispatch('startClip', { kind: 'url', request: { url } });
  if (!started.ok) return { ok: false, message: started.error.message };
  return { ok: true, jobId: (started.value as { jobId: string }).jobId, label: url };
}
