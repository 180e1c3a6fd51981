import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MANIFEST_DIGEST_FILE, MANIFEST_FILE, sha256Hash } from '../../../../main/briefs/bundle/bundle-manifest';
import { verifyBundle } from '../../../../main/briefs/bundle/verify-bundle';

/** A bundle made by hand, not by us: its manifest may name anything. */
function craftedBundle(paths: string[]): Uint8Array {
  const manifest = strToU8(JSON.stringify({ resources: paths.map((path) => ({ path, hash: `sha256:${'0'.repeat(64)}`, bytes: 1 })) }));
  return zipSync({ [MANIFEST_FILE]: manifest, [MANIFEST_DIGEST_FILE]: strToU8(JSON.stringify({ hash: sha256Hash(manifest) })) });
}

describe('verify-bundle on a crafted bundle', () => {
  it('reports files named like object members as missing, instead of failing', () => {
    const result = verifyBundle(craftedBundle(['toString', 'constructor', '__proto__']));
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { file: 'toString', problem: 'is missing from the bundle.' },
        { file: 'constructor', problem: 'is missing from the bundle.' },
      ]),
    );
  });
});
