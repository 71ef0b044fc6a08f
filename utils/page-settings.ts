/**
 * How the page is marked: the settings' shape, defaults and rules, with no storage attached, so that the content
 * script can read them without WXT's storage layer (it reads `browser.storage` directly, see
 * `entrypoints/content/settings-store.ts`). `utils/settings.ts` holds the storage item every surface writes.
 */
import { ENTITY_TYPES, type EntityType } from '@/lib/catalogue/types';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'hover-only'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export interface PageSettings {
  /** Marking on every site; off wins over any per-site choice. */
  enabled: boolean;
  /** Hosts (`example.com`) where the user turned marking off. */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  /** How long the pointer rests on a name before its card opens. */
  hoverDelayMs: number;
  /**
   * Whether the user's own entities are marked on pages like the others. Off by default: a page's scripts can
   * read every mark (the CSS highlight registry), so marking them tells the page which names the user tracks.
   * Off, they are still found for the side panel and the hover card (closed shadow root).
   */
  markOwnEntities: boolean;
  /** The kinds of entity marked on pages and listed for them; the others are left alone (a reader of place names only). */
  shownTypes: EntityType[];
}

export const DEFAULT_PAGE_SETTINGS: PageSettings = {
  enabled: true,
  disabledSites: [],
  highlightStyle: 'underline',
  hoverDelayMs: 300,
  markOwnEntities: false,
  shownTypes: [...ENTITY_TYPES],
};

export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

/** The `browser.storage.local` key of the settings (WXT's `local:pageSettings`). */
export const PAGE_SETTINGS_KEY = 'pageSettings';

/** Stored values from older versions or other hands are repaired field by field rather than trusted. */
export function sanitizePageSettings(value: unknown): PageSettings {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof PageSettings, unknown>>;
  const delay = Number(stored.hoverDelayMs);
  return {
    enabled: typeof stored.enabled === 'boolean' ? stored.enabled : DEFAULT_PAGE_SETTINGS.enabled,
    disabledSites: Array.isArray(stored.disabledSites) ? stored.disabledSites.filter((site): site is string => typeof site === 'string') : [],
    highlightStyle: HIGHLIGHT_STYLES.includes(stored.highlightStyle as HighlightStyle) ? (stored.highlightStyle as HighlightStyle) : DEFAULT_PAGE_SETTINGS.highlightStyle,
    hoverDelayMs: Number.isFinite(delay) ? Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, Math.round(delay))) : DEFAULT_PAGE_SETTINGS.hoverDelayMs,
    // Only an explicit true turns it on: a stored value of any other kind leaves the user's names unmarked.
    markOwnEntities: stored.markOwnEntities === true,
    // In the catalogue's order, each once; a value of another kind (or none, from an older version) shows them all.
    shownTypes: Array.isArray(stored.shownTypes) ? ENTITY_TYPES.filter((type) => (stored.shownTypes as unknown[]).includes(type)) : [...ENTITY_TYPES],
  };
}

/** A page's address without its fragment: in-page links stay the same page (a stored page, a false match). */
export function pageAddressOf(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** The site a setting applies to: the host, so `www.example.com` and `example.com` are separate sites. */
export function siteOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/** Whether mentions of an entity of `type` are marked; an unknown type (a newer catalogue's) counts as shown. */
export function isTypeShown(settings: Pick<PageSettings, 'shownTypes'>, type: string | undefined): boolean {
  return type === undefined || !(ENTITY_TYPES as readonly string[]).includes(type) || settings.shownTypes.includes(type as EntityType);
}

/** The settings with marking on or off for one site (the popup's switch, the page's shortcut). */
export function withMarkingForSite(settings: PageSettings, site: string, on: boolean): PageSettings {
  const others = settings.disabledSites.filter((known) => known !== site);
  return sanitizePageSettings({ ...settings, disabledSites: on ? others : [...others, site] });
}

export function isMarkingOn(settings: PageSettings, site: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(site);
}
