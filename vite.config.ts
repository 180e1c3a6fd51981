import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';

/**
 * The renderer is built once into dist/renderer and served by both hosts: app:// in Electron, HTTP in
 * browser mode. NOTEBOOK_DIST moves the whole build (renderer and main) elsewhere, so parallel test
 * runs do not overwrite each other's build.
 */
const outDir = process.env.NOTEBOOK_DIST ? path.resolve(process.env.NOTEBOOK_DIST, 'renderer') : '../dist/renderer';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir, emptyOutDir: true, sourcemap: true },
});
