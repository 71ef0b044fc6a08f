import { normalizeWord } from '../arabic';

/** A word of a text: its span in the original (UTF-16, `end` exclusive) and its folded search key. */
export interface Token {
  start: number;
  end: number;
  key: string;
}

// Letters, marks and digits make words; tatweel and invisible formatting marks may sit inside one.
const WORD = /[\p{L}\p{M}\p{N}\u0640\u200C-\u200F\u202A-\u202E\u2066-\u2069]+/gu;
const FORMATTING = /[\u200C-\u200F\u202A-\u202E\u2066-\u2069]/u;

/**
 * A word's search key: `lib/arabic`'s normal form (the one the matcher uses: hamza seats, alef maqsura, taa marbuta,
 * Persian letters, marks, tatweel, invisible formatting, Arabic presentation forms, digits), then what search adds
 * for the Latin a reader types: compatibility forms (ＺＡＲＩＦ, ﬁ, composed accents) and lower case beyond the
 * Latin blocks `lib/arabic` lower-cases (Ẓarīf).
 */
export function searchKey(word: string): string {
  return normalizeWord(word).normalize('NFKC').toLowerCase();
}

// Folding is the costly part of tokenising and words repeat, so keys are remembered (bounded, for long sessions).
const FOLD_CACHE_LIMIT = 100_000;
const foldCache = new Map<string, string>();

function cachedFold(word: string): string {
  let key = foldCache.get(word);
  if (key === undefined) {
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    key = searchKey(word);
    foldCache.set(word, key);
  }
  return key;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let start = match.index;
    let end = start + match[0].length;
    // A bidi mark before or after a word is not part of what a reader sees as the word.
    while (start < end && FORMATTING.test(text[start]!)) start += 1;
    while (end > start && FORMATTING.test(text[end - 1]!)) end -= 1;
    const key = cachedFold(text.slice(start, end));
    if (key) tokens.push({ start, end, key });
  }
  return tokens;
}
