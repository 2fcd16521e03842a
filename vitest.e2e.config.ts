import { defineConfig } from 'vitest/config';

/** End-to-end tests: real Chromium loading .output/chrome-mv3-test (built by `npm run build:test`). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    // beforeAll may wait for the machine-wide Chromium lock (tests/e2e/support/machine-lock.ts).
    hookTimeout: 600_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
