import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Each folder under src/app/features is a feature of its own.
const FEATURES = readdirSync(`${import.meta.dirname}/src/app/features`);
const noIo = [
  'react',
  'react-*',
  'zmp-*',
  'i18next',
  'react-i18next',
  'kysely',
  'pg',
  '@electric-sql/*',
  'hono',
  '@hono/*',
  'node:*',
  'fs',
  'path',
  'child_process',
  'zustand',
  'zustand/*',
  'exceljs',
  'qrcode',
  '@botpress/*',
  'jose',
];

export default tseslint.config(
  { ignores: ['node_modules', 'www', 'data', 'dist', '.tmp', 'tests/e2e/screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    // Without a resolver that knows .ts files, import-x rules see no local imports at all and pass silently.
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      // no-cycle reads the imported files itself: it needs to know which parser reads .ts.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // The boundaries ARCHITECTURE.md states.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src',
              from: './bot',
              message: 'The app (src) never imports the service (bot): share code through src/core.',
            },
            {
              target: './bot/routes',
              from: './bot/db',
              message: 'Routes stay thin: they call services, never the database.',
            },
            {
              target: './bot/routes',
              from: ['./bot/services/build-services.ts', './bot/services/build-staff.ts'],
              message: 'A route takes the few services it uses, typed one by one; bot/server.ts hands them over.',
            },
            {
              target: './bot/services',
              from: './bot/http',
              message: 'Services know nothing of HTTP: throw a ServiceError (src/core/api/outcomes.ts).',
            },
            { target: './bot/services', from: './bot/routes', message: 'Services know nothing of HTTP routes.' },
            {
              target: './bot/services',
              from: './node_modules/kysely',
              message:
                'Services hold the decisions, bot/db the statements: put the query in a module under bot/db/queries.',
            },
            ...FEATURES.map((f) => ({
              target: `./src/app/features/${f}`,
              from: './src/app/features',
              except: [`./${f}`],
              message:
                'Features do not import each other: move what both need to src/app/components, src/app/store or src/core.',
            })),
          ],
        },
      ],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // Only src/platform may talk to the Zalo SDK (see ARCHITECTURE.md).
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['zmp-sdk', 'zmp-sdk/*'], message: 'Only src/platform may import zmp-sdk.' }] },
      ],
    },
  },
  { files: ['src/platform/**', 'src/**/*.test.tsx'], rules: { 'no-restricted-imports': 'off' } },
  {
    // The pure core: no I/O, no UI, no SDKs, so the app and the bot can share it and tests need no mocks.
    files: ['src/core/**'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: noIo, message: 'src/core is pure: no I/O, UI or SDK imports.' }] },
      ],
    },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
);
