import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { lessonsPlugin } from './bot/content/vite-lessons-plugin';

export default defineConfig({
  plugins: [lessonsPlugin(), react()],
  test: {
    globals: true,
    include: ['src/**/*.test.{ts,tsx}', 'bot/**/*.test.ts', 'tests/**/*.test.ts'],
    environmentMatchGlobs: [
      ['src/app/**', 'jsdom'],
      ['src/platform/**', 'jsdom'],
    ],
    setupFiles: ['tests/setup/dom.ts'],
    globalSetup: ['tests/setup/announce-backends.ts'],
    // The real wards list no tổ dân phố yet; tests use an invented sample ward ("le-chan") with twelve.
    env: { AREAS_FILE: 'tests/fixtures/areas.yaml' },
    testTimeout: 60_000,
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 120_000,
    // e2e and database suites start servers and browsers; on 2 cores, running them side by side only adds flakiness.
    fileParallelism: false,
  },
});
