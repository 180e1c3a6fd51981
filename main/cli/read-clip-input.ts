import { promises as fsp } from 'node:fs';
import { extname, isAbsolute, resolve } from 'node:path';
import { MAX_CLIP_CHARS } from '../../shared/api/contract';
import { usageError } from './cli-error';
import type { CliIo } from './cli-io';

/** What `clip` will store: the text and where it came from (an absolute path, or "stdin"). */
export interface ClipInput {
  text: string;
  origin: string;
}

/** UTF-8 needs at most 4 bytes per character, so anything larger cannot fit and is refused unread. */
const MAX_CLIP_BYTES = MAX_CLIP_CHARS * 4;

const LATER_EXTENSIONS: Readonly<Record<string, string>> = {
  '.html': 'HTML pages',
  '.htm': 'HTML pages',
  '.xhtml': 'HTML pages',
  '.pdf': 'PDF files',
  '.docx': 'Word documents',
  '.doc': 'Word documents',
  '.odt': 'OpenDocument files',
  '.rtf': 'RTF documents',
  '.epub': 'EPUB books',
};

const SAVE_AS_TEXT = 'For now, save the article as a .txt file and clip that, or pipe its text to "clip -".';

function refuseLater(what: string): never {
  throw usageError(`Clipping ${what} is not supported yet: it comes with the clipping update. ${SAVE_AS_TEXT}`);
}

/** Strict UTF-8, no NUL bytes, within the contract's size: the checks that keep binary junk out of a notebook. */
function decodeText(bytes: Uint8Array, where: string): string {
  if (bytes.length > MAX_CLIP_BYTES) {
    throw usageError(`${where} is too large to clip: one clip holds at most ${MAX_CLIP_CHARS.toLocaleString('en')} characters.`);
  }
  if (bytes.includes(0)) {
    throw usageError(`${where} looks like a binary file (it contains NUL bytes), not text. Clip a .txt or .md file.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw usageError(`${where} is not UTF-8 text. Save it as UTF-8 (most editors offer this under "Save as"), then clip it again.`);
  }
  if (text.length > MAX_CLIP_CHARS) {
    throw usageError(
      `${where} has ${text.length.toLocaleString('en')} characters; one clip holds at most ${MAX_CLIP_CHARS.toLocaleString('en')}. Split it into parts.`,
    );
  }
  if (text.trim() === '') throw usageError(`${where} is empty: there is nothing to clip.`);
  return text;
}

async function readStdin(io: CliIo): Promise<Uint8Array> {
  if (io.stdin.isTTY) io.stderr.write('Paste or type the text, then press Ctrl-D (Ctrl-Z then Enter on Windows).\n');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    size += buffer.length;
    if (size > MAX_CLIP_BYTES) {
      throw usageError(`The text on standard input is too large to clip: one clip holds at most ${MAX_CLIP_CHARS.toLocaleString('en')} characters.`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

async function readFileBytes(path: string, shown: string): Promise<Uint8Array> {
  let size: number;
  try {
    const stat = await fsp.stat(path);
    if (stat.isDirectory()) throw usageError(`${shown} is a folder. Give the path of a text file to clip.`);
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw usageError(`There is no file ${shown}. Check the path.`);
    if (code === 'EACCES' || code === 'EPERM') throw usageError(`${shown} cannot be read: permission denied.`);
    throw error;
  }
  if (size > MAX_CLIP_BYTES) {
    throw usageError(`${shown} is too large to clip: one clip holds at most ${MAX_CLIP_CHARS.toLocaleString('en')} characters.`);
  }
  return fsp.readFile(path);
}

/**
 * Read what `clip <file|->` names. Text files and standard input only in this version; a URL, HTML or
 * PDF is refused with a message saying what to do instead, rather than being stored as raw markup.
 */
export async function readClipInput(arg: string, io: CliIo): Promise<ClipInput> {
  if (arg === '-') return { text: decodeText(await readStdin(io), 'The text on standard input'), origin: 'stdin' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) refuseLater('web addresses');
  const later = LATER_EXTENSIONS[extname(arg).toLowerCase()];
  if (later) refuseLater(later);
  const path = isAbsolute(arg) ? arg : resolve(io.cwd, arg);
  return { text: decodeText(await readFileBytes(path, arg), arg), origin: path };
}
