import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_IMPORT_BYTES } from '../../shared/api/contract';
import type { Dispatch } from '../api/dispatch';
import { tooLargeToClip } from '../../shared/domain/too-large';

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

/** Why a file could not be read, in words: the system's code tells a reporter nothing. */
function unreadable(label: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `"${label}" was not found. It may have been moved or deleted.`;
  if (code === 'EACCES' || code === 'EPERM') return `"${label}" could not be read: you do not have permission to open it. Copy it somewhere you can open it, then import the copy.`;
  if (code === 'EBUSY') return `"${label}" could not be read: another program is using it. Close that program and try again.`;
  return `"${label}" could not be read. Check that the file opens elsewhere, then try again.`;
}

export async function startFileImport(file: string, dispatch: Dispatch, deps: ImportFileDeps = {}): Promise<ImportOutcome> {
  const label = path.basename(file);
  let info: { size: number; isFile(): boolean };
  try {
    info = await (deps.stat ?? stat)(file);
  } catch (error) {
    return { ok: false, message: unreadable(label, error) };
  }
  if (!info.isFile()) return { ok: false, message: `"${label}" is a folder, not a file. Choose a document inside it.` };
  if (info.size > MAX_IMPORT_BYTES) {
    return { ok: false, message: tooLargeToClip(`"${label}"`, info.size) };
  }
  let bytes: Buffer;
  try {
    bytes = await (deps.readFile ?? readFile)(file);
  } catch (error) {
    return { ok: false, message: unreadable(label, error) };
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
