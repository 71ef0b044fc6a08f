import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { BUILD_DIRS, launchWithExtension } from '../lib/launch';
import type { BenchSection } from './sections';

const DOCUMENTS = 1000;
const TARGET_BYTES = 5 * 1024 * 1024;
const TARGET_MS = 10_000;
const QUERY = { type: 'search', query: 'حماس', limit: 10 };

const SENTENCES = [
  'قال المتحدث باسم حركة حماس إن الوفد سيزور طهران الأسبوع المقبل لبحث العلاقات الثنائية.',
  'وأكدت وزارة الخارجية الإيرانية أن اللقاء جاء بدعوة رسمية من الجانب الإيراني.',
  'وأعلنت قطر أنها ستستضيف جولة جديدة من المحادثات في الدوحة خلال الشهر الجاري.',
  'وأشار مسؤول مصري إلى أن القاهرة تتابع التطورات عن كثب وتدعو إلى التهدئة.',
  'وفي بيروت، التقى الوفد بممثلين عن حزب الله وناقش معهم الأوضاع في المنطقة.',
  'من جهته، قال محلل سياسي إن هذه الزيارة تحمل رسائل إلى واشنطن وتل أبيب معاً.',
  'وذكرت وكالة الأنباء أن الاجتماع استمر ثلاث ساعات وتناول ملفات إقليمية عدة.',
  'وأضاف أن الحركة حريصة على علاقاتها مع جميع الدول العربية والإسلامية.',
];

/** 1,000 distinct Arabic news-like documents of about 5 kB each: ≈ 5 MB in all. */
function writeDocuments(dir: string): string[] {
  const perDocument = TARGET_BYTES / DOCUMENTS;
  let state = 7;
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: DOCUMENTS }, (_, number) => {
    const lines = [`تقرير رقم ${number + 1}: تطورات إقليمية`];
    let bytes = Buffer.byteLength(lines[0]!);
    while (bytes < perDocument) {
      const paragraph = Array.from({ length: 3 }, () => SENTENCES[Math.floor(random() * SENTENCES.length)]).join(' ') + ` (${number}-${lines.length})`;
      lines.push(paragraph);
      bytes += Buffer.byteLength(paragraph) + 2;
    }
    const path = join(dir, `report-${String(number).padStart(4, '0')}.txt`);
    writeFileSync(path, lines.join('\n\n'));
    return path;
  });
}

async function timeSearch(page: Page): Promise<{ ms: number; userHits: number }> {
  return page.evaluate(async (request) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: { documentId: string }[]; error?: string }> } } }).chrome;
    const started = performance.now();
    const reply = await api.runtime.sendMessage(request);
    if (!reply.ok) throw new Error(`search failed: ${reply.error}`);
    return { ms: performance.now() - started, userHits: (reply.value ?? []).filter((hit) => hit.documentId.startsWith('user.')).length };
  }, QUERY);
}

async function workerHeapBytes(browser: Browser): Promise<number | null> {
  const worker = browser.targets().find((target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'));
  if (!worker) return null;
  const session = await worker.createCDPSession();
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  return usedSize;
}

/**
 * Importing 1,000 documents (≈ 5 MB) end to end in real Chromium: files chosen on the options page, read and
 * checked, stored in IndexedDB, then the first search that has to index them. The baseline, measured in the
 * same run, is the first search of the bundled corpus alone.
 */
export const importSection: BenchSection = {
  name: 'import',
  async run() {
    if (!existsSync(`${BUILD_DIRS.chromium}/manifest.json`)) throw new Error('No Chrome build: run `npm run build` first.');
    const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
    const { browser, extensionOrigin } = await launchWithExtension('chromium', { headless: true });
    try {
      const paths = writeDocuments(dir);
      const page = await browser.newPage();
      await page.goto(`${extensionOrigin}/options.html`, { waitUntil: 'load' });
      await page.waitForSelector('#import-files');
      const baseline = await timeSearch(page);

      const started = performance.now();
      await ((await page.$('#import-files')) as ElementHandle<HTMLInputElement>).uploadFile(...paths);
      await page.waitForSelector('#import-confirm:not([disabled])', { timeout: 120_000 });
      const readMs = performance.now() - started;
      await page.click('#import-confirm');
      await page.waitForFunction(() => /\d+/u.test(document.querySelector('[data-testid="notice"]')?.textContent ?? ''), { timeout: 120_000 });
      const importMs = performance.now() - started;
      const notice = await page.$eval('[data-testid="notice"] .notice__text', (node) => node.textContent ?? '');
      const firstLookup = await timeSearch(page);
      const warmLookup = await timeSearch(page);
      const totalMs = importMs + firstLookup.ms;

      // The page's own marks leave out the driver's cost of handing it 1,000 files.
      const inPage = await page.evaluate(() => ({
        readMs: performance.measure('read', 'import:read:start', 'import:read:end').duration,
        saveMs: performance.measure('save', 'import:save:start', 'import:save:end').duration,
        prepareMs: performance.measure('prepare', 'import:save:start', 'import:store:start').duration,
        transactionMs: performance.measure('transaction', 'import:store:start', 'import:store:end').duration,
      }));
      const pageHeap = (await page.metrics()).JSHeapUsedSize ?? 0;
      const workerHeap = await workerHeapBytes(browser);
      const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
      console.log(`${DOCUMENTS} documents, ${megabytes(TARGET_BYTES)} MB: ${notice}`);
      console.log(`read and checked: ${readMs.toFixed(0)} ms (in the page ${inPage.readMs.toFixed(0)} ms); stored: ${(importMs - readMs).toFixed(0)} ms (in the page ${inPage.saveMs.toFixed(0)} ms: prepare ${inPage.prepareMs.toFixed(0)}, IndexedDB transaction ${inPage.transactionMs.toFixed(0)}, the rest redrawing the lists); import total ${importMs.toFixed(0)} ms`);
      console.log(`first search afterwards (indexes them): ${firstLookup.ms.toFixed(0)} ms, ${firstLookup.userHits} of the hits from imported documents; warm: ${warmLookup.ms.toFixed(1)} ms`);
      console.log(`baseline, first search of the bundled corpus alone: ${baseline.ms.toFixed(0)} ms; first search after import / baseline ${(firstLookup.ms / baseline.ms).toFixed(1)}×`);
      console.log(`end to end ${totalMs.toFixed(0)} ms (target ≤ ${TARGET_MS} ms: ${totalMs <= TARGET_MS ? 'met' : 'missed'})`);
      console.log(`memory: options page JS heap ${megabytes(pageHeap)} MB, background JS heap ${workerHeap === null ? 'n/a' : `${megabytes(workerHeap)} MB`}`);
      return {
        documents: DOCUMENTS,
        bytes: TARGET_BYTES,
        readMs,
        importMs,
        pageReadMs: inPage.readMs,
        pageSaveMs: inPage.saveMs,
        pagePrepareMs: inPage.prepareMs,
        pageTransactionMs: inPage.transactionMs,
        firstLookupMs: firstLookup.ms,
        firstLookupUserHits: firstLookup.userHits,
        warmLookupMs: warmLookup.ms,
        baselineFirstLookupMs: baseline.ms,
        endToEndMs: totalMs,
        targetMs: TARGET_MS,
        pageHeapBytes: pageHeap,
        workerHeapBytes: workerHeap,
      };
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
