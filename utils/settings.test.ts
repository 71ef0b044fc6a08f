import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENTITY_TYPES } from '@/lib/catalogue/types';
import { DEFAULT_PAGE_SETTINGS, isMarkingOn, isTypeShown, loadPageSettings, sanitizePageSettings, setMarkingForSite, siteOf, updatePageSettings, watchPageSettings, type PageSettings } from './settings';

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
      shownTypes: [...ENTITY_TYPES],
    });
    expect(sanitizePageSettings(null)).toEqual(DEFAULT_PAGE_SETTINGS);
  });

  it('marks the user\'s own names on pages only when explicitly turned on', () => {
    expect(DEFAULT_PAGE_SETTINGS.markOwnEntities).toBe(false);
    for (const value of ['true', 1, 'yes', null, undefined, {}]) expect(sanitizePageSettings({ markOwnEntities: value }).markOwnEntities).toBe(false);
    expect(sanitizePageSettings({ markOwnEntities: true }).markOwnEntities).toBe(true);
  });

  it('keeps the shown entity types known, once each and in the catalogue order; an unknown type counts as shown', () => {
    expect(sanitizePageSettings({ shownTypes: ['place', 'person', 'place', 'planet', 7] }).shownTypes).toEqual(['person', 'place']);
    expect(sanitizePageSettings({ shownTypes: [] }).shownTypes).toEqual([]);
    expect(sanitizePageSettings({ shownTypes: 'person' }).shownTypes).toEqual([...ENTITY_TYPES]);
    const placesOnly = sanitizePageSettings({ shownTypes: ['place'] });
    expect(isTypeShown(placesOnly, 'place')).toBe(true);
    expect(isTypeShown(placesOnly, 'country')).toBe(false);
    expect(isTypeShown(placesOnly, 'galaxy')).toBe(true);
    expect(isTypeShown(placesOnly, undefined)).toBe(true);
  });

  it('names a site by its host', () => {
    expect(siteOf('https://www.aljazeera.net/news/1?x')).toBe('www.aljazeera.net');
    expect(siteOf('not a url')).toBe('');
  });
});
