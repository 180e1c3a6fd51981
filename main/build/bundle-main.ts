import { chmod, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

/**
 * Bundles the main-process code with esbuild into dist/main (the renderer is Vite's, in dist/renderer):
 * - Node entries (Electron main, `npm start`'s launcher, the CLI, the store's compaction worker):
 *   ESM for Node 20, with a `require` made by createRequire so bundled CommonJS dependencies work.
 * - The preload: CommonJS, because Electron's sandboxed preloads cannot be ES modules.
 * `electron` and `better-sqlite3` (native) are never bundled; nor, in the Node entries, is any npm package. An entry whose source does not exist
 * yet is skipped with a note, so the build works while the app is still being written.
 */

export interface BundleEntry {
  /** Source, relative to the project root. */
  source: string;
  /** Output file name inside dist/main. */
  out: string;
  format: 'esm' | 'cjs';
  /** First line of the output, e.g. a shebang. */
  shebang?: boolean;
}

export const MAIN_ENTRIES: readonly BundleEntry[] = [
  { source: 'main/electron/electron-main.ts', out: 'electron-main.js', format: 'esm' },
  { source: 'main/electron/preload.ts', out: 'preload.cjs', format: 'cjs' },
  { source: 'main/launch/start.ts', out: 'start.js', format: 'esm' },
  { source: 'main/cli/cli-main.ts', out: 'cli.js', format: 'esm', shebang: true },
  { source: 'main/clipper/worker/clip-worker.ts', out: 'clip-worker.js', format: 'esm' },
  { source: 'main/search/worker/search-worker.ts', out: 'search-worker.js', format: 'esm' },
];

const REQUIRE_BANNER = "import { createRequire as __nnCreateRequire } from 'node:module'; const require = __nnCreateRequire(import.meta.url);";

export interface BundleResult {
  built: string[];
  skipped: string[];
}

export async function bundleMain(root: string, outDir: string = path.join(root, 'dist', 'main')): Promise<BundleResult> {
  await rm(outDir, { recursive: true, force: true });
  const result: BundleResult = { built: [], skipped: [] };
  const present = MAIN_ENTRIES.filter((entry) => {
    const exists = existsSync(path.join(root, entry.source));
    if (!exists) result.skipped.push(entry.source);
    return exists;
  });
  const common: BuildOptions = {
    bundle: true,
    external: ['electron', 'better-sqlite3'],
    logLevel: 'warning',
    legalComments: 'none',
  };
  for (const entry of present.filter((e) => e.format === 'cjs')) {
    // The preload runs in the renderer's sandbox (Chromium), not in Node.
    await build({ ...common, entryPoints: [path.join(root, entry.source)], outfile: path.join(outDir, entry.out), platform: 'node', format: 'cjs', target: 'chrome130', minify: true });
    result.built.push(entry.out);
  }
  const nodeEntries = present.filter((e) => e.format === 'esm');
  if (nodeEntries.length > 0) {
    // Node entries are built together with code splitting, so what they load lazily (the clipper:
    // jsdom, Readability, PDF.js...) stays in chunks loaded on first use, not at start-up. They leave
    // every npm package external: packages load from node_modules at run time (and from the packaged
    // app's asar, where electron-builder puts the production dependencies); bundling them breaks
    // packages that find their own files with __dirname (jsdom, pdfjs-dist).
    await build({
      ...common,
      entryPoints: Object.fromEntries(nodeEntries.map((e) => [e.out.replace(/\.js$/, ''), path.join(root, e.source)])),
      outdir: outDir,
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      banner: { js: REQUIRE_BANNER },
    });
    for (const entry of nodeEntries) {
      // esbuild keeps a source hashbang on line 1; the banner goes right after it.
      if (entry.shebang) await chmod(path.join(outDir, entry.out), 0o755);
      result.built.push(entry.out);
    }
  }
  return result;
}

const isEntry = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  // NOTEBOOK_DIST builds elsewhere than dist/ (two checkouts' test runs side by side); see vite.config.ts.
  const outDir = process.env.NOTEBOOK_DIST ? path.resolve(process.env.NOTEBOOK_DIST, 'main') : undefined;
  bundleMain(root, outDir).then(
    ({ built, skipped }) => {
      console.log(`Bundled into ${outDir ?? 'dist/main'}: ${built.join(', ')}`);
      for (const source of skipped) console.log(`Skipped ${source} (not written yet)`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
