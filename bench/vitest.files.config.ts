import { defineConfig } from 'vitest/config';

/** `npm run bench:files`: attachments and photos (bench/files.measure.ts), Node and real Chromium. */
export default defineConfig({
  test: { include: ['bench/files.measure.ts'], testTimeout: 600_000, hookTimeout: 900_000, fileParallelism: false, pool: 'forks' },
});
