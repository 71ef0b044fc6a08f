import {
  CHAR_CLASS as CHAR_CLASS_TABLE,
  CLASS_AND_FOLDED as CLASS_AND_FOLDED_TABLE,
  CLASS_SHIFT as CLASS_SHIFT_BITS,
  CharClass,
  EXPANSIONS as EXPANSION_TABLE,
  FOLDED as FOLDED_TABLE,
  FOLDED_MASK as FOLDED_BITS,
} from './chars';

// Module-local handles on the tables: a transpiled import is a property getter, too slow for a per-character loop.
const CHAR_CLASS: Uint8Array = CHAR_CLASS_TABLE;
const FOLDED: Uint16Array = FOLDED_TABLE;
const EXPANSIONS: ReadonlyMap<number, readonly number[]> = EXPANSION_TABLE;

export type WordKind = 'arabic' | 'digits' | 'foreign';

/** A written word: its span in the original text (UTF-16, `end` exclusive) and its normal form. */
export interface WordToken {
  start: number;
  end: number;
  normalized: string;
  kind: WordKind;
  /** Bit i set: the i-th letter of the normal form carried a shadda (first 31 letters). */
  shaddaMask: number;
  /**
   * Punctuation stands between this word and the one before. Quotes and parentheses do not count: a name is
   * often quoted in part («فضائية "الأقصى"», «حركة "حماس"», «حركة المقاومة الإسلامية (حماس)») and is still one name.
   */
  breakBefore: boolean;
}

const KIND_ARABIC = 0;
const KIND_DIGITS = 1;
const KIND_FOREIGN = 2;
const KINDS: readonly WordKind[] = ['arabic', 'digits', 'foreign'];

const LETTER = CharClass.Letter;
const MARK = CharClass.Mark;
const SHADDA = CharClass.Shadda;
const FORMAT = CharClass.Format;
const OTHER = CharClass.Other;
const DIGIT = CharClass.Digit;
const FOREIGN = CharClass.Foreign;
const LIGATURE = CharClass.Ligature;
const SPACE_CLASS = CharClass.Space;
const FORMAT_CLASS = CharClass.Format;
const CLASS_AND_FOLDED: Uint32Array = CLASS_AND_FOLDED_TABLE;
const CLASS_SHIFT = CLASS_SHIFT_BITS;
const FOLDED_MASK = FOLDED_BITS;
// Quotes, parentheses and white space may stand between a name and the word that gives its context («قال "ظريف"»,
// «ظريف (وزير الخارجية)»), and between the words of one name.
const QUOTES_TABLE = new Uint8Array(0x10000);
for (const quote of '"\'«»“”„‘’`()') QUOTES_TABLE[quote.charCodeAt(0)] = 1;
/** Classes a word starts with, as a table: one read instead of four comparisons per separator character. */
const STARTS_WORD = new Uint8Array(16);
for (const charClass of [LETTER, LIGATURE, DIGIT, FOREIGN]) STARTS_WORD[charClass] = 1;

/**
 * Reads a text word by word in one pass over its char codes, writing each word's normal form into a reused
 * buffer: the recogniser hashes that buffer in place and never builds a string for a word it does not know.
 */
export class WordScanner {
  /** The current word's normal form is `codes[0 .. length)`. */
  codes: Uint16Array = new Uint16Array(64);
  length = 0;
  start = 0;
  end = 0;
  kind = KIND_ARABIC;
  /** `kind` is Arabic (a field, not a getter: read for every word). */
  isArabic = true;
  shaddaMask = 0;
  breakBefore = false;
  private position: number;

  constructor(
    private text: string,
    from = 0,
  ) {
    this.position = from;
  }

  /** Reads `text` from `from` on, keeping the buffer (for callers that look at one word at a time). */
  reset(text: string, from: number): this {
    this.text = text;
    this.position = from;
    return this;
  }

  /** Moves to the next word; false at the end of the text. */
  next(): boolean {
    const text = this.text;
    const size = text.length;
    let index = this.position;
    let breakBefore = false;
    let charClass = 0;
    for (; index < size; index++) {
      const code = text.charCodeAt(index);
      charClass = CHAR_CLASS[code]!;
      if (STARTS_WORD[charClass] === 1) break;
      if (charClass === OTHER && QUOTES_TABLE[code] !== 1) breakBefore = true;
    }
    if (index >= size) {
      this.position = size;
      return false;
    }
    this.breakBefore = breakBefore;
    this.start = index;
    if (charClass === DIGIT) this.readRun(index, DIGIT, KIND_DIGITS);
    else if (charClass === FOREIGN) this.readRun(index, FOREIGN, KIND_FOREIGN);
    else this.readArabic(index);
    return true;
  }

  /** The current word as a token (allocates; the recogniser reads the fields instead). */
  token(): WordToken {
    return {
      start: this.start,
      end: this.end,
      normalized: String.fromCharCode(...this.codes.subarray(0, this.length)),
      kind: KINDS[this.kind]!,
      shaddaMask: this.shaddaMask,
      breakBefore: this.breakBefore,
    };
  }

  private readArabic(from: number): void {
    const text = this.text;
    const size = text.length;
    let codes = this.codes;
    let length = 0;
    let shaddaMask = 0;
    let end = from;
    let index = from;
    for (; index < size; index++) {
      const code = text.charCodeAt(index);
      const entry = CLASS_AND_FOLDED[code]!;
      const charClass = entry >>> CLASS_SHIFT;
      if (charClass === LETTER) {
        if (length === codes.length) codes = this.grow();
        codes[length++] = entry & FOLDED_MASK;
        end = index + 1;
      } else if (charClass === MARK) {
        end = index + 1;
      } else if (charClass === SHADDA) {
        if (length > 0 && length <= 31) shaddaMask |= 1 << (length - 1);
        end = index + 1;
      } else if (charClass === FORMAT) {
        // Invisible: neither ends the word nor belongs to its visible end.
      } else if (charClass === LIGATURE) {
        for (const letter of EXPANSIONS.get(code)!) {
          if (length === codes.length) codes = this.grow();
          codes[length++] = letter;
        }
        end = index + 1;
      } else {
        break;
      }
    }
    this.length = length;
    this.end = end;
    this.kind = KIND_ARABIC;
    this.isArabic = true;
    this.shaddaMask = shaddaMask;
    this.position = index;
  }

  private readRun(from: number, runClass: number, kind: number): void {
    const text = this.text;
    const size = text.length;
    let codes = this.codes;
    let length = 0;
    let end = from;
    let index = from;
    for (; index < size; index++) {
      const code = text.charCodeAt(index);
      const charClass = CHAR_CLASS[code];
      if (charClass === runClass) {
        if (length === codes.length) codes = this.grow();
        codes[length++] = FOLDED[code]!;
        end = index + 1;
      } else if (charClass === MARK || charClass === SHADDA) {
        end = index + 1;
      } else if (charClass !== FORMAT) {
        break;
      }
    }
    this.length = length;
    this.end = end;
    this.kind = kind;
    this.isArabic = false;
    this.shaddaMask = 0;
    this.position = index;
  }

  private grow(): Uint16Array {
    const grown = new Uint16Array(this.codes.length * 2);
    grown.set(this.codes);
    this.codes = grown;
    return grown;
  }
}

/** Every word of a text, Arabic or not, with its normal form. */
export function tokenize(text: string): WordToken[] {
  const scanner = new WordScanner(text);
  const tokens: WordToken[] = [];
  while (scanner.next()) tokens.push(scanner.token());
  return tokens;
}

/** Where the word just before `start` begins, if only white space, quotes or parentheses separate them; else -1. */
export function wordStartBefore(text: string, start: number): number {
  let index = start - 1;
  while (index >= 0) {
    const code = text.charCodeAt(index);
    const charClass = CHAR_CLASS[code];
    if (charClass === SPACE_CLASS || charClass === FORMAT_CLASS || QUOTES_TABLE[code] === 1) index--;
    else if (charClass === OTHER) return -1;
    else break;
  }
  if (index < 0) return -1;
  let begin = index;
  while (begin > 0) {
    const charClass = CHAR_CLASS[text.charCodeAt(begin - 1)];
    if (charClass === OTHER || charClass === SPACE_CLASS) break;
    begin--;
  }
  return begin;
}

/** Where the word just after `end` begins, if only white space, quotes or parentheses separate them; else -1. */
export function wordStartAfter(text: string, end: number): number {
  let index = end;
  while (index < text.length) {
    const charClass = CHAR_CLASS[text.charCodeAt(index)];
    if (charClass === SPACE_CLASS || charClass === FORMAT_CLASS || QUOTES_TABLE[text.charCodeAt(index)] === 1) index++;
    else if (charClass === OTHER) return -1;
    else return index;
  }
  return -1;
}

/** The word just before `start`, if only white space, quotes or parentheses separate them. */
export function wordBefore(text: string, start: number): WordToken | null {
  const begin = wordStartBefore(text, start);
  if (begin === -1) return null;
  const scanner = new WordScanner(text, begin);
  let last: WordToken | null = null;
  while (scanner.next() && scanner.start < start) last = scanner.token();
  return last;
}

/** The word just after `end`, if only white space, quotes or parentheses separate them. */
export function wordAfter(text: string, end: number): WordToken | null {
  const begin = wordStartAfter(text, end);
  if (begin === -1) return null;
  const scanner = new WordScanner(text, begin);
  return scanner.next() ? scanner.token() : null;
}

/** The code of the last letter written before `end`, past the marks on it (عَلَى ends in ى), or NaN when none is. */
export function lastLetterBefore(text: string, end: number): number {
  let index = end - 1;
  while (index >= 0 && CHAR_CLASS[text.charCodeAt(index)] !== LETTER) index--;
  return text.charCodeAt(index);
}

/** The first character after `end` that is not white space, or '' at the end of the text. */
export function charAfter(text: string, end: number): string {
  let index = end;
  while (index < text.length && CHAR_CLASS[text.charCodeAt(index)] === SPACE_CLASS) index++;
  return text[index] ?? '';
}
