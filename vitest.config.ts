import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests run in Node. `electron` is aliased to a fake: requiring the real package here would
 * try to download its binary, and no Electron runtime can run on CI machines anyway.
 */
export default defineConfig({
  resolve: {
    alias: { electron: fileURLToPath(new URL('./test/support/fake-electron.ts', import.meta.url)) },
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
