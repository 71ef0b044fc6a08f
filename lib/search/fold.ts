/**
 * TEMPORARY: the spelling-folding function search keys are made with, until `lib/arabic` exports its normaliser.
 * When it lands, `foldWord` becomes a re-export of it and this table goes; nothing else in search changes.
 */
export type FoldWord = (word: string) => string;

// Marks and invisible characters that never change which word is meant: harakat, tatweel, bidi and joiners.
const IGNORABLE = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

// Letters written in several ways for one word: hamza seats on alef, alef maqsura, taa marbuta, hamza on waw/yaa.
const LETTER_FOLDS: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ة': 'ه',
  'ؤ': 'و',
  'ئ': 'ي',
  'ک': 'ك',
  'ی': 'ي',
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

export const foldWord: FoldWord = (word) =>
  word
    .normalize('NFKC')
    .replace(IGNORABLE, '')
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter)
    .toLowerCase();
