import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    // test/workerd runs inside workerd: npm run test:workerd.
    exclude: ['test/browser/**', 'test/workerd/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
