import { defineConfig } from 'vitest/config';

/** `npm run bench:guard`: the guard's cost in real Chromium (bench/guard.measure.ts). */
export default defineConfig({
  test: { include: ['bench/guard.measure.ts'], testTimeout: 300_000, hookTimeout: 120_000, fileParallelism: false, pool: 'forks' },
});
