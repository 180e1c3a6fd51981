// ESLint enforces the process boundaries of DESIGN.md, so they hold without anyone remembering them:
// shared/ imports nothing from Electron, Node or the DOM; renderer/ imports nothing from main/.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util',
  'stream', 'worker_threads', 'events', 'zlib', 'buffer', 'process', 'readline', 'dns', 'tls',
];

export default tseslint.config(
  { ignores: ['dist/**', '.build/**', '.tmp/**', 'out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'shared/ must not import Electron.' }],
        patterns: [
          { group: nodeBuiltins, message: 'shared/ must not import Node built-ins: it runs in the renderer too.' },
          { group: ['**/main/**', '**/renderer/**', 'react', 'react-dom', 'react/*'], message: 'shared/ depends on nothing but itself and pure libraries.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'The renderer talks to the notebook only through window.notebook.' }],
        patterns: [
          { group: ['**/main/**'], message: 'renderer/ must not import from main/: use window.notebook.' },
          { group: nodeBuiltins, message: 'The renderer has no Node: use window.notebook.' },
        ],
      }],
    },
  },
  {
    files: ['main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**'], message: 'main/ must not import from renderer/.' }],
      }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-syntax': 'off' },
  },
);
