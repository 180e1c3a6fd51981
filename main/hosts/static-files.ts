import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Maps a request path to a file of the built renderer (dist/renderer). Shared by the HTTP host and
 * the app:// protocol so both refuse the same things: `..` in any spelling (`%2e%2e`, `..%2f`,
 * backslashes), NUL bytes, symlinks that lead outside the folder, and dotfiles.
 */

export type StaticLookup =
  | { kind: 'file'; path: string; contentType: string }
  /** The path tries to leave the folder or cannot be decoded: never served, whatever exists. */
  | { kind: 'refused' }
  | { kind: 'not_found' };

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file name; unknown kinds are plain bytes (and nosniff keeps them so). */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Splits a raw (still percent-encoded) path into decoded segments, or null if any is unsafe. */
export function safeSegments(rawPathname: string): string[] | null {
  if (!rawPathname.startsWith('/')) return null;
  const segments: string[] = [];
  for (const raw of rawPathname.split('/')) {
    if (raw === '') continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (decoded === '.' || decoded === '..' || /[/\\\0:]/.test(decoded)) return null;
    segments.push(decoded);
  }
  return segments;
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

async function existingFile(root: string, candidate: string): Promise<string | null> {
  try {
    const info = await stat(candidate);
    if (!info.isFile()) return null;
  } catch {
    return null;
  }
  let real: [string, string];
  try {
    real = await Promise.all([realpath(root), realpath(candidate)]);
  } catch {
    // Inside a packaged app's asar archive realpath may not resolve; the lexical check already passed.
    return candidate;
  }
  return isInside(real[0], real[1]) ? candidate : null;
}

/**
 * Resolves `rawPathname` under `rootDir`. `/` is index.html; an unknown extensionless path (a UI
 * route) falls back to index.html; a missing asset (with an extension) is not found.
 */
export async function resolveStaticFile(rootDir: string, rawPathname: string): Promise<StaticLookup> {
  const segments = safeSegments(rawPathname);
  if (segments === null) return { kind: 'refused' };
  const root = path.resolve(rootDir);
  const index = path.join(root, 'index.html');
  if (segments.length === 0) return found(await existingFile(root, index));
  if (segments.some((segment) => segment.startsWith('.'))) return { kind: 'not_found' };
  const candidate = path.join(root, ...segments);
  if (!isInside(root, candidate)) return { kind: 'refused' };
  const file = await existingFile(root, candidate);
  if (file) return found(file);
  const last = segments[segments.length - 1] ?? '';
  if (path.extname(last) === '') return found(await existingFile(root, index));
  return { kind: 'not_found' };
}

function found(file: string | null): StaticLookup {
  return file ? { kind: 'file', path: file, contentType: contentTypeFor(file) } : { kind: 'not_found' };
}
