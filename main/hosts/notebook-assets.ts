import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { IMAGE_EXT_ALTERNATION, imageMediaType } from '../clipper/assets/image-types';

/**
 * The images captured with clips (the notebook's assets/ folder), as both hosts serve them to the
 * reader: HTTP at /notebook-assets/<file>, Electron at app://notebook/notebook-assets/<file>. Stored
 * clip HTML points at `../assets/<sha256>.<ext>` and the renderer rewrites that to
 * `notebook-assets/<file>`, so reading a clip never leaves the app.
 *
 * Only a content-addressed image name is ever looked up, so there is nothing to decode and no path to
 * traverse: anything else is simply not found, whatever exists on disk.
 */

export const NOTEBOOK_ASSETS_PATH = '/notebook-assets/';

/** What the clipper writes: the SHA-256 of the bytes, then the image type. */
export const ASSET_FILE_NAME = new RegExp(`^[0-9a-f]{64}\\.(${IMAGE_EXT_ALTERNATION})$`);

/**
 * A captured image never changes under its name (the name is its hash), so the browser may keep it;
 * `private` keeps it out of any shared cache.
 */
export const ASSET_CACHE_CONTROL = 'private, max-age=31536000, immutable';

export type AssetLookup = { kind: 'file'; path: string; contentType: string } | { kind: 'not_found' };

/** True when the (still encoded) request path asks for a notebook asset, valid or not. */
export function isNotebookAssetPath(rawPathname: string): boolean {
  return rawPathname.startsWith(NOTEBOOK_ASSETS_PATH);
}

/** Finds the file for `/notebook-assets/<file>` in `<notebookDir>/assets/`, following no symlink out of it. */
export async function resolveNotebookAsset(notebookDir: string | null, rawPathname: string): Promise<AssetLookup> {
  if (notebookDir === null || !isNotebookAssetPath(rawPathname)) return { kind: 'not_found' };
  const name = rawPathname.slice(NOTEBOOK_ASSETS_PATH.length);
  const match = ASSET_FILE_NAME.exec(name);
  if (!match) return { kind: 'not_found' };
  const assetsDir = path.resolve(notebookDir, 'assets');
  const file = path.join(assetsDir, name);
  try {
    if (!(await stat(file)).isFile()) return { kind: 'not_found' };
    const [realDir, realFile] = await Promise.all([realpath(assetsDir), realpath(file)]);
    if (path.dirname(realFile) !== realDir) return { kind: 'not_found' };
  } catch {
    return { kind: 'not_found' };
  }
  return { kind: 'file', path: file, contentType: imageMediaType(match[1]!)! };
}
