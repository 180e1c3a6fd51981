import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * The benchmark measures the main side's memory, so it runs as the app does: from an esbuild bundle on
 * plain Node. Run through tsx, its loader and the TypeScript it transpiles add ~30 MB of RSS that the
 * app never has. `rerunBundled` bundles the entry (dependencies stay in node_modules, as in the app's
 * build) and runs it with the same arguments; it returns the exit code, or undefined when this process
 * already is the bundle.
 */
export async function rerunBundled(entry: string, args: readonly string[]): Promise<number | undefined> {
  if (process.env.NOTEBOOK_BENCH_BUNDLED === '1') return undefined;
  const outdir = resolve('.bench', 'bench-bundle');
  await build({ entryPoints: { 'run-bench': entry }, bundle: true, splitting: true, platform: 'node', format: 'esm', target: 'node20', outdir, outExtension: { '.js': '.mjs' }, logLevel: 'error', packages: 'external' });
  const run = spawnSync(process.execPath, [resolve(outdir, 'run-bench.mjs'), ...args], { stdio: 'inherit', env: { ...process.env, NOTEBOOK_BENCH_BUNDLED: '1' } });
  return run.status ?? 1;
}
