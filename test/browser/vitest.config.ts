import { defineConfig } from 'vitest/config';

/**
 * Real-browser tests of the resident page (Debian's chromium driven by playwright-core). The global
 * setup builds web/dist and starts the real Node app on a free port; files run one after another
 * (two cores: one chromium at a time).
 */
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
