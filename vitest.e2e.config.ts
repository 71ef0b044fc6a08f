import { defineConfig } from 'vitest/config';

// Real-browser tests: one browser per run (BROWSER=chromium|firefox), files one after another on these 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
