import { BUILD_DIRS, launchWithExtension, stopServiceWorker } from '../lib/launch';
import { existsSync } from 'node:fs';
import type { BenchSection } from './sections';

const RUNS = 9;
const QUERY = { type: 'search', query: 'إيران', limit: 10 };

/** Fresh MV3 service worker to first answer, against the same query answered by a warm worker. */
export const coldStartSection: BenchSection = {
  name: 'cold-start',
  async run() {
    if (!existsSync(`${BUILD_DIRS.chromium}/manifest.json`)) throw new Error('No Chrome build: run `npm run build` first.');
    const { browser, extensionOrigin } = await launchWithExtension('chromium', { headless: true });
    try {
      const page = await browser.newPage();
      await page.goto(`${extensionOrigin}/reader.html`, { waitUntil: 'load' });
      const timeQuery = () =>
        page.evaluate(async (request) => {
          const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown[] }> } } }).chrome;
          const started = performance.now();
          const reply = await api.runtime.sendMessage(request);
          if (!reply.ok || !reply.value?.length) throw new Error('the background gave no results');
          return performance.now() - started;
        }, QUERY);
      const cold: number[] = [];
      const warm: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await stopServiceWorker(page);
        await new Promise((resolve) => setTimeout(resolve, 200));
        cold.push(await timeQuery());
        warm.push(await timeQuery());
      }
      const coldMs = median(cold);
      const warmMs = median(warm);
      console.log(`cold start (fresh service worker → first answer): median ${coldMs.toFixed(1)} ms over ${RUNS} (target ≤ 100 ms)`);
      console.log(`warm answer, same query: median ${warmMs.toFixed(2)} ms; cold/warm ${(coldMs / warmMs).toFixed(0)}×`);
      return { coldStartMs: coldMs, warmQueryMs: warmMs, runs: RUNS };
    } finally {
      await browser.close();
    }
  },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
