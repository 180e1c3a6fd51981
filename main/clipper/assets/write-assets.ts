import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/api/result';
import { writeFileAtomic } from '../../store/atomic-write';
import type { CapturedAsset } from '../clipper-types';

/**
 * Stores captured images in the notebook's assets/ folder before the clip record that points at them is
 * committed, each written atomically and fsynced, so a record never refers to a missing or half-written
 * file. Files are content-addressed: one that already exists holds the same bytes and is left alone.
 * Returns the paths it created, so a clip that fails afterwards can remove exactly those.
 */
export async function writeAssets(assetsDir: string, assets: CapturedAsset[]): Promise<string[]> {
  await fsp.mkdir(assetsDir, { recursive: true });
  const created: string[] = [];
  const seen = new Set<string>();
  for (const asset of assets) {
    if (!/^[0-9a-f]{64}$/.test(asset.sha256) || !/^[a-z0-9]{1,5}$/.test(asset.ext)) {
      throw new AppError('internal', `Refusing to write an asset with an unsafe name: ${asset.sha256}.${asset.ext}`);
    }
    const name = `${asset.sha256}.${asset.ext}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const path = join(assetsDir, name);
    const exists = await fsp.stat(path).then(() => true, () => false);
    if (exists) continue;
    await writeFileAtomic(path, asset.bytes);
    created.push(path);
  }
  return created;
}
