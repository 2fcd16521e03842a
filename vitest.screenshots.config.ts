import { defineConfig } from 'vitest/config';

/** `npm run screenshots`: renders the README's pictures from the built test extension. */
export default defineConfig({
  test: { include: ['scripts/screenshots.e2e.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false, pool: 'forks' },
});
