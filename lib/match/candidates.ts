/**
 * Candidate readings as parallel typed arrays: a dense page may hold a name every few words, and an object per
 * reading would cost more than finding it.
 */

export const FLAG_NISBA = 1;
export const FLAG_PRONOUN = 2;
export const FLAG_FUZZY = 4;
/** A shadda sits on one of the surface form's own letters. */
export const FLAG_SHADDA = 8;
/** The surface form's article lost its alef after the preposition ل (للعراق). */
export const FLAG_ELIDED = 16;
const ARTICLE_SHIFT = 5;
const PROCLITIC_SHIFT = 7;
const WORDS_SHIFT = 9;

/** Packs what a candidate needs besides its span and form into one integer. */
export function packInfo(flags: number, article: number, procliticLength: number, words: number): number {
  return flags | (article << ARTICLE_SHIFT) | (procliticLength << PROCLITIC_SHIFT) | (words << WORDS_SHIFT);
}

/** Article letters taken off before a nisba base or a typo: 2 for ال, 1 for the ل of لل. */
export const articleOf = (info: number) => (info >> ARTICLE_SHIFT) & 3;
/** Normal-form letters of conjunction + preposition before the surface form. */
export const procliticLengthOf = (info: number) => (info >> PROCLITIC_SHIFT) & 3;
export const wordsOf = (info: number) => info >> WORDS_SHIFT;
export const withWords = (info: number, words: number) => (info & ((1 << WORDS_SHIFT) - 1)) | (words << WORDS_SHIFT);

export class Candidates {
  count = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  form = new Int32Array(256);
  info = new Int32Array(256);
  /** The proclitic letters' codes, first | second << 16. */
  proclitic = new Int32Array(256);

  clear(): void {
    this.count = 0;
  }

  push(start: number, end: number, form: number, info: number, proclitic: number): void {
    if (this.count === this.start.length) this.grow();
    const index = this.count++;
    this.start[index] = start;
    this.end[index] = end;
    this.form[index] = form;
    this.info[index] = info;
    this.proclitic[index] = proclitic;
  }

  /** Whether candidate `index` carries the proclitic letter `code`. */
  hasProclitic(index: number, code: number): boolean {
    const letters = this.proclitic[index]!;
    return (letters & 0xffff) === code || letters >>> 16 === code;
  }

  private grow(): void {
    const grow = (array: Int32Array) => {
      const grown = new Int32Array(array.length * 2);
      grown.set(array);
      return grown;
    };
    this.start = grow(this.start);
    this.end = grow(this.end);
    this.form = grow(this.form);
    this.info = grow(this.info);
    this.proclitic = grow(this.proclitic);
  }
}
