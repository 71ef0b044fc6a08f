import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearErrorLog, readErrorLog, recordError } from './error-log';

describe('error log', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts empty, records errors with their context, and clears', async () => {
    expect(await readErrorLog()).toEqual([]);
    await recordError('background', new Error('index failed'));
    await recordError('content', 'plain text', 'https://example.org');
    const entries = await readErrorLog();
    expect(entries.map(({ context, message, url }) => ({ context, message, url }))).toEqual([
      { context: 'background', message: 'index failed', url: undefined },
      { context: 'content', message: 'plain text', url: 'https://example.org' },
    ]);
    expect(entries[0]!.stack).toContain('index failed');
    await clearErrorLog();
    expect(await readErrorLog()).toEqual([]);
  });

  it('keeps only the latest 50 entries', async () => {
    for (let i = 0; i < 55; i++) await recordError('background', `error ${i}`);
    const entries = await readErrorLog();
    expect(entries).toHaveLength(50);
    expect(entries[0]!.message).toBe('error 5');
  });
});
