import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/api/result';
import { writeFileAtomic } from './atomic-write';
import type { BodyKind } from './notebook-store';

/**
 * Clip bodies are content-addressed files, clips/<sha256>.html|.txt: immutable, deduplicated, and
 * written (atomically, durably) before any metadata points at them.
 */
const SHA256_PATTERN = /^[0-9a-f]{64}$/;

export function bodyPath(clipsDir: string, sha256: string, kind: BodyKind): string {
  return join(clipsDir, `${sha256}.${kind}`);
}

export async function putBody(clipsDir: string, content: string, kind: BodyKind): Promise<string> {
  const bytes = Buffer.from(content, 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const path = bodyPath(clipsDir, sha256, kind);
  const existing = await fsp.stat(path).catch(() => null);
  // Same name means same content; a size mismatch means a damaged file, which is replaced.
  if (existing && existing.size === bytes.length) return sha256;
  await writeFileAtomic(path, bytes);
  return sha256;
}

export async function readBody(clipsDir: string, sha256: string, kind: BodyKind): Promise<string> {
  if (!SHA256_PATTERN.test(sha256) || (kind !== 'html' && kind !== 'txt')) {
    throw new AppError('not_found', `There is no stored clip body called ${String(sha256).slice(0, 80)}.`);
  }
  try {
    return await fsp.readFile(bodyPath(clipsDir, sha256, kind), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError(
        'not_found',
        `The stored ${kind === 'html' ? 'page' : 'text'} of this clip is missing (clips/${sha256}.${kind}). Run "check" on the notebook, or clip the article again.`,
      );
    }
    throw error;
  }
}
