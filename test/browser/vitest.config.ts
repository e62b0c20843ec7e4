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
    // A guard against a hang, not a speed check: the layout and axe walks over every page take
    // 20 s on an idle machine and went past 60 s on a loaded one (load 9 on two cores).
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
