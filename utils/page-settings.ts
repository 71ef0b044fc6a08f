/**
 * How the page is marked: the settings' shape, defaults and rules, with no storage attached, so that the content
 * script can read them without WXT's storage layer (it reads `browser.storage` directly, see
 * `entrypoints/content/settings-store.ts`). `utils/settings.ts` holds the storage item every surface writes.
 */
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
}

export const DEFAULT_PAGE_SETTINGS: PageSettings = {
  enabled: true,
  disabledSites: [],
  highlightStyle: 'underline',
  hoverDelayMs: 300,
  markOwnEntities: false,
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
  };
}

/** The site a setting applies to: the host, so `www.example.com` and `example.com` are separate sites. */
export function siteOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

export function isMarkingOn(settings: PageSettings, site: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(site);
}
