import { normalizeWord } from '../arabic';
import { FORMAT_RANGES } from '../arabic/chars';

/** A word of a text: its span in the original (UTF-16, `end` exclusive) and its folded search key. */
export interface Token {
  start: number;
  end: number;
  key: string;
}

// Letters, marks and digits make words; tatweel and invisible formatting may sit inside one, exactly as the
// matcher reads words (`FORMAT_RANGES`), so that search and marking agree on «حما\u200bس».
const TATWEEL = 0x0640;
const escape = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
const classOf = (ranges: readonly { from: number; to: number }[]) => ranges.map(({ from, to }) => (from === to ? escape(from) : `${escape(from)}-${escape(to)}`)).join('');
const WORD = new RegExp(`[\\p{L}\\p{M}\\p{N}${classOf(FORMAT_RANGES)}]+`, 'gu');
// Tatweel is drawn as part of the word; the other formatting is invisible and left out of a word's span at its edges.
const FORMATTING = new RegExp(`[${classOf(FORMAT_RANGES.filter(({ from }) => from !== TATWEEL))}]`, 'u');

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
