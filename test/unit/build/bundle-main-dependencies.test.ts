import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * main/build/bundle-main.ts leaves every npm package external (`packages: 'external'`), so the packed
 * app loads them from node_modules, and electron-builder puts only package.json "dependencies" there.
 * A package the main side imports at run time but that sits in devDependencies works in development
 * and breaks only in the installed app; this test finds it from the sources, without a build.
 * (The renderer is bundled whole by Vite, so its packages need not be runtime dependencies.)
 */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Run-time code of the main side: main/ and shared/, minus build tools (run by npm, not by the app). */
function runtimeSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  };
  walk(path.join(projectRoot, 'main'));
  walk(path.join(projectRoot, 'shared'));
  return files.filter((f) => !f.startsWith(path.join(projectRoot, 'main', 'build') + path.sep));
}

/** Packages a source loads at run time: type-only imports are erased by esbuild and do not count. */
function runtimePackageImports(source: string): string[] {
  const names = new Set<string>();
  const add = (specifier: string) => {
    if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!)) return;
    names.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
  };
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
    if (m[2]) continue;
    const braces = /\{([^}]*)\}/.exec(m[3] ?? '');
    const onlyTypes = braces !== null && !/^[^{]*\w[^{]*\{/.test(m[3] ?? '') && braces[1]!.split(',').map((s) => s.trim()).filter(Boolean).every((s) => s.startsWith('type '));
    if (!onlyTypes) add(m[4]!);
  }
  for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) add(m[1]!);
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) add(m[1]!);
  return [...names];
}

describe('runtime dependencies of the bundled main side', () => {
  it('tells value imports from type-only ones', () => {
    const sample = [
      "import { flipFuses } from '@electron/fuses';",
      "import type { Configuration } from 'app-builder-lib';",
      "import { type Foo, type Bar } from 'types-only';",
      "import Default, { type X } from 'default-pkg/sub';",
      "export { z } from 'zod';",
      "const m = await import('pdfjs-dist/legacy/build/pdf.mjs');",
      "import { readFile } from 'node:fs/promises';",
      "import path from 'path';",
      "import './side-effect';",
    ].join('\n');
    expect(runtimePackageImports(sample).sort()).toEqual(['@electron/fuses', 'default-pkg', 'pdfjs-dist', 'zod']);
  });

  it('lists every package main/ and shared/ load at run time in "dependencies", not devDependencies', () => {
    const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const missing = new Map<string, string[]>();
    for (const file of runtimeSources()) {
      for (const name of runtimePackageImports(readFileSync(file, 'utf8'))) {
        // Electron is the runtime itself; electron-builder requires it to stay a devDependency.
        if (name === 'electron' || name in pkg.dependencies) continue;
        missing.set(name, [...(missing.get(name) ?? []), path.relative(projectRoot, file)]);
      }
    }
    expect(Object.fromEntries(missing)).toEqual({});
  });
});
