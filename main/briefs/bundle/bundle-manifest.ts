import { createHash } from 'node:crypto';
import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * The evidence bundle's table of contents, in the style of WACZ's datapackage.json (a Frictionless
 * Data Package): `manifest.json` lists every other file with its path, size and `sha256:` hash, and
 * `manifest-digest.json` holds the hash of manifest.json itself, as WACZ's datapackage-digest.json
 * does, so an edit to the manifest (to hide an edit elsewhere) is caught too. verify-bundle.ts
 * checks both.
 */
export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_DIGEST_FILE = 'manifest-digest.json';
export const BUNDLE_PROFILE = 'newsroom-notebook-evidence-bundle';
export const BUNDLE_VERSION = '1.0';

export interface BundleFile {
  /** Path inside the zip, with forward slashes. */
  path: string;
  data: Uint8Array;
  mediatype: string;
}

export interface ManifestResource {
  name: string;
  path: string;
  /** `sha256:` then the hex digest, as WACZ writes it. */
  hash: string;
  bytes: number;
  mediatype: string;
}

export interface BundleManifest {
  profile: 'data-package';
  bundle_profile: typeof BUNDLE_PROFILE;
  bundle_version: string;
  title: string;
  created: string;
  software: string;
  resources: ManifestResource[];
}

export interface ManifestDigest {
  path: typeof MANIFEST_FILE;
  hash: string;
}

export function sha256Hash(data: Uint8Array): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** A relative path of plain segments: no absolute path, no `..`, no backslash, no empty segment. */
export function isSafeEntryPath(path: string): boolean {
  if (path.length === 0 || path.length > 500 || path.startsWith('/') || path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..' && !/^[a-zA-Z]:$/.test(segment));
}

/** Already-compressed files (images, PDFs, zips) are stored as they are: deflating them again only costs time. */
function compressionLevel(mediatype: string): 0 | 6 {
  return /^(image\/|application\/(pdf|zip))/.test(mediatype) ? 0 : 6;
}

/**
 * Zip the files with their manifest and its digest. Entries carry the brief's time, not the clock's,
 * so the same brief packs to the same bytes.
 */
export function packBundle(files: readonly BundleFile[], meta: { title: string; created: string }): Uint8Array {
  const seen = new Set<string>([MANIFEST_FILE, MANIFEST_DIGEST_FILE]);
  for (const file of files) {
    if (!isSafeEntryPath(file.path)) throw new Error(`Refusing to put "${file.path}" in a bundle: not a plain relative path.`);
    if (seen.has(file.path)) throw new Error(`Two files would be called "${file.path}" in the bundle.`);
    seen.add(file.path);
  }
  const manifest: BundleManifest = {
    profile: 'data-package',
    bundle_profile: BUNDLE_PROFILE,
    bundle_version: BUNDLE_VERSION,
    title: meta.title,
    created: meta.created,
    software: 'Newsroom Notebook',
    resources: files.map((file) => ({
      name: file.path.split('/').pop() ?? file.path,
      path: file.path,
      hash: sha256Hash(file.data),
      bytes: file.data.length,
      mediatype: file.mediatype,
    })),
  };
  const manifestBytes = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
  const digest: ManifestDigest = { path: MANIFEST_FILE, hash: sha256Hash(manifestBytes) };
  const mtime = Number.isNaN(Date.parse(meta.created)) ? undefined : new Date(meta.created);
  const entry = (data: Uint8Array, mediatype: string): [Uint8Array, { level: 0 | 6; mtime?: Date }] => [
    data,
    { level: compressionLevel(mediatype), ...(mtime ? { mtime } : {}) },
  ];
  const zippable: Zippable = {};
  zippable[MANIFEST_FILE] = entry(manifestBytes, 'application/json');
  zippable[MANIFEST_DIGEST_FILE] = entry(strToU8(`${JSON.stringify(digest, null, 2)}\n`), 'application/json');
  for (const file of files) zippable[file.path] = entry(file.data, file.mediatype);
  return zipSync(zippable);
}
