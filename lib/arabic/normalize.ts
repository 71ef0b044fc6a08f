import { CHAR_CLASS, CharClass, EXPANSIONS, FOLDED } from './chars';

/** A normalised text and, for every code unit of it, the span of the original character it came from. */
export interface NormalizedText {
  text: string;
  /** `starts[i]`: where the original character behind normalised code unit i begins. */
  starts: Int32Array;
  /** `ends[i]`: where that character ends, marks written on it included. */
  ends: Int32Array;
}

/**
 * Folds letters, drops marks and invisible characters, expands ligatures; everything else (spaces, digits,
 * punctuation, Latin in lower case) is kept, so spans found in the normal form map back exactly.
 */
export function normalizeArabic(text: string): NormalizedText {
  const codes: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const charClass = CHAR_CLASS[code];
    if (charClass === CharClass.Mark || charClass === CharClass.Shadda) {
      // A mark belongs to the letter before it: widen that letter's span.
      if (ends.length > 0 && ends[ends.length - 1] === index) ends[ends.length - 1] = index + 1;
      continue;
    }
    if (charClass === CharClass.Format) continue;
    // Punctuation and white space stay as they are; letters, digits and foreign letters take their folded form.
    const expansion = charClass === CharClass.Ligature ? EXPANSIONS.get(code)! : [charClass === CharClass.Other || charClass === CharClass.Space ? code : FOLDED[code]!];
    for (const folded of expansion) {
      codes.push(folded);
      starts.push(index);
      ends.push(index + 1);
    }
  }
  let normal = '';
  for (let from = 0; from < codes.length; from += 4096) normal += String.fromCharCode(...codes.slice(from, from + 4096));
  return { text: normal, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The original span behind the normalised span `[start, end)`. */
export function originalSpan(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (start >= end) {
    const at = start < normalized.starts.length ? normalized.starts[start]! : (normalized.ends[normalized.ends.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: normalized.starts[start]!, end: normalized.ends[end - 1]! };
}

/** The normal form of a word or phrase, as keys are made for matching and search. */
export function normalizeWord(word: string): string {
  return normalizeArabic(word).text;
}
