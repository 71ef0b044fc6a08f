import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopServiceWorker } from '../../scripts/lib/launch';
import { BROWSER, startHarness, type Harness, type InExtension } from './harness';

interface Reply {
  ok: boolean;
  value?: { passageId: string; documentId: string; score: number }[];
  error?: string;
}

describe(`background message API (${BROWSER})`, () => {
  let harness: Harness;
  const send = (message: unknown) =>
    harness.inExtension((request: unknown) => (globalThis as unknown as InExtension).ext.runtime.sendMessage(request), message) as Promise<Reply>;

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => harness?.close());

  it('answers a search from the prebuilt index, in any spelling', async () => {
    const withHamza = await send({ type: 'search', query: 'إيران', limit: 5 });
    const without = await send({ type: 'search', query: 'ايران', limit: 5 });
    expect(withHamza.ok).toBe(true);
    expect(withHamza.value!.length).toBeGreaterThan(0);
    expect(without.value!.map((hit) => hit.passageId)).toEqual(withHamza.value!.map((hit) => hit.passageId));
  });

  it.each([null, 42, 'search', { type: 'search' }, { type: 'search', query: 7 }, { type: 'lookupEntity', entityId: '' }, { type: 'nope' }])(
    'replies with an error, and keeps working, after the malformed message %j',
    async (message) => {
      const reply = await send(message);
      expect(reply.ok).toBe(false);
      expect(reply.error).toEqual(expect.any(String));
      expect((await send({ type: 'search', query: 'حماس', limit: 1 })).ok).toBe(true);
    },
  );

  // Firefox runs the MV2 build, whose background page lives as long as the browser: nothing there to restart.
  it.runIf(BROWSER === 'chromium')('answers the same after the MV3 service worker was stopped and restarted', async () => {
    const before = await send({ type: 'search', query: 'روسيا', limit: 5 });
    const page = await harness.openExtensionPage('reader.html', '#app');
    await stopServiceWorker(page);
    const after = await send({ type: 'search', query: 'روسيا', limit: 5 });
    expect(after).toEqual(before);
    await page.close();
  });

  it('has logged no error', async () => {
    expect(await harness.errorLog()).toEqual([]);
  });
});
