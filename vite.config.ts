import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer is built once into dist/renderer and served by both hosts: app:// in Electron, HTTP in browser mode. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true },
});
