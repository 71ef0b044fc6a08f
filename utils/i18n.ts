import { browser } from 'wxt/browser';

/**
 * Every key of the English catalogue, the one `default_locale` falls back to: a key missing there is a type
 * error wherever it is used, so the two catalogues and the code cannot drift silently.
 */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * The UI's direction comes from our own catalogue: a Chromium without its Arabic language pack serves Arabic
 * messages while `@@bidi_dir` still says `ltr`.
 */
export function uiDirection(): 'rtl' | 'ltr' {
  return browser.i18n.getMessage('textDirection') === 'rtl' ? 'rtl' : 'ltr';
}

export function uiLanguage(): string {
  return browser.i18n.getMessage('uiLanguage') || 'en';
}

/** Sets the document's language and direction before the first paint of an extension page. */
export function applyUiLocale(root: HTMLElement = document.documentElement): void {
  root.lang = uiLanguage();
  root.dir = uiDirection();
}

/** The UI language as the shared components take it: Arabic, or English for every other catalogue. */
export function uiLanguageCode(): 'ar' | 'en' {
  return uiLanguage() === 'ar' ? 'ar' : 'en';
}
