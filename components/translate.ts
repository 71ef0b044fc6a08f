import type { MessageKey } from '@/utils/i18n';

/**
 * How a shared component gets its words: surfaces pass `t` from `utils/i18n`, tests pass a stub. Taking it as a
 * prop keeps the components free of `browser.*`, so they render the same in a page, a shadow root and happy-dom.
 */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** The UI language a component formats for; corpus text is Arabic whatever it is. */
export type UiLanguage = 'ar' | 'en';
