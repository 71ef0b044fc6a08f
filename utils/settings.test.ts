import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PAGE_SETTINGS, isMarkingOn, loadPageSettings, sanitizePageSettings, setMarkingForSite, siteOf, updatePageSettings, watchPageSettings, type PageSettings } from './settings';

describe('page settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults: marking on everywhere, dotted underline', async () => {
    expect(await loadPageSettings()).toEqual(DEFAULT_PAGE_SETTINGS);
    expect(DEFAULT_PAGE_SETTINGS.highlightStyle).toBe('underline');
  });

  it('turns one site off and on again without touching the others', async () => {
    await setMarkingForSite('a.example', false);
    await setMarkingForSite('b.example', false);
    await setMarkingForSite('a.example', true);
    const settings = await loadPageSettings();
    expect(settings.disabledSites).toEqual(['b.example']);
    expect(isMarkingOn(settings, 'a.example')).toBe(true);
    expect(isMarkingOn(settings, 'b.example')).toBe(false);
  });

  it('lets the global switch win over the sites', async () => {
    const settings = await updatePageSettings({ enabled: false });
    expect(isMarkingOn(settings, 'a.example')).toBe(false);
  });

  it('tells every watcher about a change', async () => {
    const seen: PageSettings[] = [];
    const unwatch = watchPageSettings((settings) => seen.push(settings));
    await updatePageSettings({ highlightStyle: 'background', hoverDelayMs: 120 });
    unwatch();
    expect(seen.at(-1)).toMatchObject({ highlightStyle: 'background', hoverDelayMs: 120 });
  });

  it('repairs malformed stored values field by field', () => {
    expect(sanitizePageSettings({ enabled: 'yes', disabledSites: ['x', 3], highlightStyle: 'blink', hoverDelayMs: 99999 })).toEqual({
      enabled: true,
      disabledSites: ['x'],
      highlightStyle: 'underline',
      hoverDelayMs: 2000,
      markOwnEntities: false,
    });
    expect(sanitizePageSettings(null)).toEqual(DEFAULT_PAGE_SETTINGS);
  });

  it('marks the user\'s own names on pages only when explicitly turned on', () => {
    expect(DEFAULT_PAGE_SETTINGS.markOwnEntities).toBe(false);
    for (const value of ['true', 1, 'yes', null, undefined, {}]) expect(sanitizePageSettings({ markOwnEntities: value }).markOwnEntities).toBe(false);
    expect(sanitizePageSettings({ markOwnEntities: true }).markOwnEntities).toBe(true);
  });

  it('names a site by its host', () => {
    expect(siteOf('https://www.aljazeera.net/news/1?x')).toBe('www.aljazeera.net');
    expect(siteOf('not a url')).toBe('');
  });
});
