import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Folder boundaries (see ../shared/design/architecture.md): a file's folder says where it
// may run, and these rules keep it that way.
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'https', 'child_process', 'url'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'data/**', 'bench/.out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'shared/ is runtime-free: no Node modules.' },
          { group: ['electron', 'react', 'react-dom', 'rxdb', 'rxdb/*', 'dexie', '@mui/*'], message: 'shared/ is runtime-free: pure TypeScript only.' },
          { group: ['**/renderer/**', '**/electron/**', '**/server/**'], message: 'shared/ imports nothing outside shared/.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'The renderer runs in a browser: no Node modules.' },
          { group: ['electron'], message: 'The renderer talks to Electron only through window.crmDesktop (the preload).' },
          { group: ['**/electron/**', '**/server/**'], message: 'The renderer may import only shared/.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**', '**/server/**'], message: 'electron/ may import only shared/.' }],
      }],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**', '**/electron/**', 'electron'], message: 'server/ may import only shared/.' }],
      }],
    },
  },
);
