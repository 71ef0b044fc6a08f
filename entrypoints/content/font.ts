/** A family name of our own, so the page's text never picks up our font by accident. */
export const CARD_FONT_FAMILY = 'Arabic Lookup Naskh';
/** Copied from @fontsource/noto-naskh-arabic at build time and web-accessible (see wxt.config.ts). */
export const CARD_FONT_PATH = '/fonts/noto-naskh-arabic-400.woff2';
/** Where the face registered at document start waits for the card, in the content scripts' shared world. */
const REGISTERED_FACE = '__arabicLookupCardFont';

/**
 * Adds the card's font face to `document.fonts` without loading it (`entrypoints/card-font.ts`, at document
 * start). Adding a face to a document makes the browser lay out all of its text again: measured on a
 * 2 MB page, a frame of about a second at the first hover. Before the page's first layout it costs nothing.
 * `document.fonts.add` adds no node to the page, unlike an `@font-face` rule (which browsers ignore inside
 * shadow roots anyway); a face nothing uses is never downloaded.
 */
export function registerCardFont(url: string): void {
  const face = new FontFace(CARD_FONT_FAMILY, `url("${url}") format("woff2")`, {
    unicodeRange: 'U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF, U+200C-200F',
    display: 'swap',
  });
  document.fonts.add(face);
  (globalThis as Record<string, unknown>)[REGISTERED_FACE] = face;
}

let loading: Promise<void> | undefined;

/**
 * Loads the face registered at document start. Where none was (a frame the start script did not reach), the
 * card keeps the system's Arabic fonts: adding a face now would re-lay out the whole page under the reader.
 */
export function loadCardFont(): Promise<void> {
  const face = (globalThis as Record<string, unknown>)[REGISTERED_FACE] as FontFace | undefined;
  if (!face) return Promise.resolve();
  loading ??= face.load().then(
    () => undefined,
    // Without the font the card falls back to the system's Arabic fonts: still readable.
    () => undefined,
  );
  return loading;
}

/** The card's font settings (components/hover-card/hover-card.css): size and weight. */
export const CARD_FONT_SETTINGS = ['400 15px', '400 13px', '700 13px', '700 19.5px'];

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
