import { browser } from 'wxt/browser';

/** A family name of our own, so the page's text never picks up our font by accident. */
export const CARD_FONT_FAMILY = 'Arabic Lookup Naskh';
/** Copied from @fontsource/noto-naskh-arabic at build time and web-accessible (see wxt.config.ts). */
export const CARD_FONT_PATH = '/fonts/noto-naskh-arabic-400.woff2';

let loading: Promise<void> | undefined;

/**
 * Loads the bundled Arabic font for the card through the FontFace API: `document.fonts.add` adds no node to the
 * page, unlike an `@font-face` rule (which browsers ignore inside shadow roots anyway). Loaded on first use only.
 */
export function loadCardFont(): Promise<void> {
  loading ??= (async () => {
    const face = new FontFace(CARD_FONT_FAMILY, `url("${(browser.runtime.getURL as (path: string) => string)(CARD_FONT_PATH)}") format("woff2")`, {
      unicodeRange: 'U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF, U+200C-200F',
      display: 'swap',
    });
    document.fonts.add(face);
    await face.load();
  })().catch(() => {
    // Without the font the card falls back to the system's Arabic fonts: still readable.
  });
  return loading;
}

/** The card's font settings (components/hover-card/hover-card.css): size and weight. */
const CARD_FONT_SETTINGS = ['400 15px', '400 13px', '700 13px', '700 19.5px'];

/**
 * Sets up the card's fonts in the browser's font cache ahead of the card: the first layout of a card otherwise
 * asks the font service for each size and weight, for the Arabic face and the Latin one, one round trip each.
 * Measured on a canvas that is never drawn or attached, while the pointer rests on a name.
 */
export function warmCardFonts(): Promise<void> {
  return loadCardFont().then(() => {
    if (typeof OffscreenCanvas === 'undefined') return;
    const context = new OffscreenCanvas(1, 1).getContext('2d');
    if (!context) return;
    for (const setting of CARD_FONT_SETTINGS) {
      context.font = `${setting} '${CARD_FONT_FAMILY}', sans-serif`;
      context.measureText('حماس Hamas 2024');
    }
  });
}
