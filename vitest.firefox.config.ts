import { defineConfig } from 'vitest/config';

/** Firefox end-to-end tests: real Firefox (WebDriver BiDi) with .output/firefox-mv3-test (`npm run build:test:firefox`). */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    testTimeout: 60_000,
    hookTimeout: 15 * 60_000, // includes waiting for the machine-wide lock (support/firefox.ts)
    fileParallelism: false,
    pool: 'forks',
  },
});
