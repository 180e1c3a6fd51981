import { promises as fsp } from 'node:fs';
import { basename, extname, isAbsolute, resolve } from 'node:path';
import { MAX_CLIP_CHARS, MAX_IMPORT_BYTES } from '../../shared/api/contract';
import { usageError } from './cli-error';
import type { CliIo } from './cli-io';
import { tooLargeToClip } from '../../shared/domain/too-large';

/** What `clip` was given: a web address, a document file, or text (plain or HTML) from a file or stdin. */
export type ClipInput =
  | { kind: 'url'; url: string }
  | { kind: 'document'; name: string; bytes: Uint8Array }
  | { kind: 'text'; text: string; origin: string }
  | { kind: 'html'; html: string };

/** UTF-8 needs at most 4 bytes per character, so anything larger cannot fit and is refused unread. */
const MAX_CLIP_BYTES = MAX_CLIP_CHARS * 4;

/**
 * Read by the clip pipeline, exactly as the app's File > Import and drag-and-drop read them (the file's
 * bytes are what its integrity hash covers). Text and Markdown files go that way too, so the same file
 * gives the same stored text, title and duplicate check whichever way it was clipped.
 */
const DOCUMENT_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.pdf', '.docx', '.txt', '.text', '.md', '.markdown']);

const CONVERT_FIRST: Readonly<Record<string, string>> = {
  '.doc': 'Old Word (.doc) files cannot be read: open it in Word or LibreOffice, save it as .docx, and clip that.',
  '.odt': 'OpenDocument files cannot be read: save it as .docx from LibreOffice, and clip that.',
  '.rtf': 'RTF documents cannot be read: save it as .docx or .txt, and clip that.',
  '.epub': 'EPUB books cannot be read: copy the chapter you need into a .txt file, or pipe it to "clip -".',
};

/** Standard input that starts like an HTML document or fragment is clipped as HTML (sanitized), not as text. */
function looksLikeHtml(text: string): boolean {
  const head = text.trimStart().slice(0, 1000).toLowerCase();
  return /^<(!doctype\s+html|html|head|body|article|main|div|p|h[1-6]|section|table|ul|ol|blockquote)[\s>]/.test(head);
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

async function readFileBytes(path: string, shown: string, maxBytes = MAX_CLIP_BYTES, most?: string): Promise<Uint8Array> {
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
  if (size > maxBytes) {
    throw usageError(
      most
        ? tooLargeToClip(shown, size)
        : `${shown} is too large to clip: one clip holds at most ${MAX_CLIP_CHARS.toLocaleString('en')} characters.`,
    );
  }
  return fsp.readFile(path);
}

/**
 * Read what `clip <url|file|->` names, before the notebook is opened (so a bad file never opens it).
 * A web address is checked by the contract and fetched by the clip pipeline; HTML, text, Markdown, PDF
 * and Word files are read as documents by the pipeline; standard input and files of any other
 * extension are decoded here as UTF-8 text, kept exactly as typed.
 */
export async function readClipInput(arg: string, io: CliIo): Promise<ClipInput> {
  if (arg === '-') {
    const text = decodeText(await readStdin(io), 'The text on standard input');
    return looksLikeHtml(text) ? { kind: 'html', html: text } : { kind: 'text', text, origin: 'stdin' };
  }
  if (/^https?:\/\//i.test(arg)) return { kind: 'url', url: arg };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
    throw usageError(`Only web addresses starting with http:// or https:// can be clipped, not ${arg.split(':')[0]}: addresses.`);
  }
  const extension = extname(arg).toLowerCase();
  const convert = CONVERT_FIRST[extension];
  if (convert) throw usageError(convert);
  const path = isAbsolute(arg) ? arg : resolve(io.cwd, arg);
  if (DOCUMENT_EXTENSIONS.has(extension)) {
    const bytes = await readFileBytes(path, arg, MAX_IMPORT_BYTES, '15 MB');
    return { kind: 'document', name: path.length <= 500 ? path : basename(path), bytes };
  }
  return { kind: 'text', text: decodeText(await readFileBytes(path, arg), arg), origin: path };
}
