import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real-browser tests: one browser per run (BROWSER=chromium|firefox), files one after another on these 2 cores.
export default defineConfig({
  // The project's own `@/` imports, for the settings and contracts the tests share with the extension.
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
