import { strFromU8, unzipSync } from 'fflate';
import {
  MANIFEST_DIGEST_FILE,
  MANIFEST_FILE,
  isSafeEntryPath,
  sha256Hash,
  type BundleManifest,
  type ManifestDigest,
  type ManifestResource,
} from './bundle-manifest';

export interface BundleProblem {
  /** The file inside the bundle the problem is about (`(bundle)` for the zip as a whole). */
  file: string;
  problem: string;
}

export interface BundleVerification {
  ok: boolean;
  /** How many files listed in the manifest were checked. */
  files: number;
  problems: BundleProblem[];
}

const WHOLE = '(bundle)';

function parseJson(bytes: Uint8Array | undefined): unknown {
  if (bytes === undefined) return undefined;
  try {
    return JSON.parse(strFromU8(bytes)) as unknown;
  } catch {
    return null;
  }
}

function isResource(value: unknown): value is ManifestResource {
  const r = value as Partial<ManifestResource> | null;
  return typeof r === 'object' && r !== null && typeof r.path === 'string' && typeof r.hash === 'string' && typeof r.bytes === 'number';
}

function readResources(manifest: unknown, problems: BundleProblem[]): ManifestResource[] {
  const resources = (manifest as Partial<BundleManifest> | null)?.resources;
  if (!Array.isArray(resources)) {
    problems.push({ file: MANIFEST_FILE, problem: 'is not a bundle manifest (it has no list of files).' });
    return [];
  }
  const valid: ManifestResource[] = [];
  resources.forEach((resource, index) => {
    if (isResource(resource)) valid.push(resource);
    else problems.push({ file: MANIFEST_FILE, problem: `entry ${index + 1} does not name a file with its hash and size.` });
  });
  return valid;
}

/**
 * Check an evidence bundle: manifest.json must hash to what manifest-digest.json records, and every
 * file the manifest lists must be in the zip with the same size and SHA-256. Every problem names its
 * file: one altered byte in a clip is "clips/… was altered", a removed file "is missing", a file
 * slipped in "is not listed in the manifest".
 */
export function verifyBundle(bytes: Uint8Array): BundleVerification {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, files: 0, problems: [{ file: WHOLE, problem: `is not a readable zip file (${detail}).` }] };
  }
  const problems: BundleProblem[] = [];
  // Folder entries some zip tools add carry no data and need no hash.
  const names = Object.keys(entries).filter((name) => !name.endsWith('/'));
  for (const name of names) {
    if (!isSafeEntryPath(name)) problems.push({ file: name, problem: 'has a path that points outside the bundle.' });
  }

  // Own entries only: a manifest listing "toString" or "__proto__" must find nothing, not Object's members.
  const entry = (name: string): Uint8Array | undefined => (Object.hasOwn(entries, name) ? entries[name] : undefined);
  const manifestBytes = entry(MANIFEST_FILE);
  if (manifestBytes === undefined) {
    return { ok: false, files: 0, problems: [...problems, { file: MANIFEST_FILE, problem: 'is missing, so nothing in the bundle can be checked.' }] };
  }
  const digest = parseJson(entry(MANIFEST_DIGEST_FILE)) as Partial<ManifestDigest> | null | undefined;
  if (digest === undefined) {
    problems.push({ file: MANIFEST_DIGEST_FILE, problem: 'is missing, so the manifest itself cannot be checked.' });
  } else if (digest === null || typeof digest.hash !== 'string') {
    problems.push({ file: MANIFEST_DIGEST_FILE, problem: 'is not a manifest digest (no hash in it).' });
  } else if (digest.hash !== sha256Hash(manifestBytes)) {
    problems.push({ file: MANIFEST_FILE, problem: `was altered: its SHA-256 no longer matches the digest in ${MANIFEST_DIGEST_FILE}.` });
  }

  const manifest = parseJson(manifestBytes);
  const resources = manifest === null ? [] : readResources(manifest, problems);
  if (manifest === null) problems.push({ file: MANIFEST_FILE, problem: 'is not valid JSON.' });
  const listed = new Set<string>([MANIFEST_FILE, MANIFEST_DIGEST_FILE]);
  for (const resource of resources) {
    listed.add(resource.path);
    const data = entry(resource.path);
    if (data === undefined) {
      problems.push({ file: resource.path, problem: 'is missing from the bundle.' });
    } else if (data.length !== resource.bytes || sha256Hash(data) !== resource.hash) {
      problems.push({
        file: resource.path,
        problem: `was altered: its SHA-256 no longer matches the manifest${data.length !== resource.bytes ? ` (${data.length} bytes, the manifest says ${resource.bytes})` : ''}.`,
      });
    }
  }
  for (const name of names) {
    if (!listed.has(name)) problems.push({ file: name, problem: 'is not listed in the manifest (added after the bundle was made).' });
  }
  return { ok: problems.length === 0, files: resources.length, problems };
}
