import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const noIo = ['react', 'react-*', 'zmp-*', 'i18next', 'react-i18next', 'kysely', 'pg', '@electric-sql/*', 'hono', '@hono/*', 'node:*', 'fs', 'path', 'child_process', 'zustand', 'zustand/*', 'exceljs', 'qrcode', '@botpress/*', 'jose'];

export default tseslint.config(
  { ignores: ['node_modules', 'www', 'data', 'dist', '.tmp', 'tests/e2e/screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // Only src/platform may talk to the Zalo SDK (see ARCHITECTURE.md).
      'no-restricted-imports': ['error', { patterns: [{ group: ['zmp-sdk', 'zmp-sdk/*'], message: 'Only src/platform may import zmp-sdk.' }] }],
    },
  },
  { files: ['src/platform/**', 'src/**/*.test.tsx'], rules: { 'no-restricted-imports': 'off' } },
  {
    // The pure core: no I/O, no UI, no SDKs, so the app and the bot can share it and tests need no mocks.
    files: ['src/core/**'],
    ignores: ['src/core/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: noIo, message: 'src/core is pure: no I/O, UI or SDK imports.' }] }] },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
);
