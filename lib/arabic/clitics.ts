/**
 * What may be attached to a name in writing, as data: proclitics before it, nisba endings and pronouns after
 * it. Affixes are in normal form (see `normalizeWord`). Stripping is only ever a proposal: a reading counts
 * only when what remains is a known surface form, so مصرف never becomes مصر.
 */

export interface AffixRule {
  affix: string;
  description: string;
  /** A written word and what remains once the affix is taken off. */
  example: readonly [word: string, rest: string];
}

/** First slot: a conjunction. */
export const CONJUNCTIONS: readonly AffixRule[] = [
  { affix: 'و', description: 'wa, "and"', example: ['وإيران', 'إيران'] },
  { affix: 'ف', description: 'fa, "so, then"', example: ['فحماس', 'حماس'] },
];

/** Second slot: a preposition, after an optional conjunction. */
export const PREPOSITIONS: readonly AffixRule[] = [
  { affix: 'ب', description: 'bi, "in, with, by"', example: ['بإيران', 'إيران'] },
  { affix: 'ك', description: 'ka, "like, as"', example: ['كحركة', 'حركة'] },
  { affix: 'ل', description: 'li, "for, to"; before the article its alef is dropped (لل)', example: ['لروسيا', 'روسيا'] },
];

/** Third slot: the article. Names that carry it (العراق) keep it in their surface form. */
export const ARTICLE: AffixRule = { affix: 'ال', description: 'the article al-', example: ['الإيرانية', 'إيرانية'] };

/** The legal chains, spelled out so a linguist can check them: conjunction? preposition? article? */
export const PROCLITIC_CHAINS: readonly AffixRule[] = [
  { affix: 'وال', description: 'and + the', example: ['والإيرانيين', 'إيرانيين'] },
  { affix: 'بال', description: 'in + the', example: ['بالعراق', 'عراق'] },
  { affix: 'فبال', description: 'so + in + the', example: ['فبالجمهورية', 'جمهورية'] },
  { affix: 'لل', description: 'for + the, the article\'s alef dropped', example: ['للسعودية', 'سعودية'] },
  { affix: 'ولل', description: 'and + for + the', example: ['وللفلسطينيين', 'فلسطينيين'] },
  { affix: 'وب', description: 'and + in', example: ['وبطهران', 'طهران'] },
  { affix: 'فل', description: 'so + for', example: ['فلإيران', 'إيران'] },
];

/**
 * Endings that make a nisba adjective of a name's base (إيران → إيراني, إيرانية …). Catalogue nisba stems are
 * written with their ي (إيراني); the base is the stem without it.
 */
export const NISBA_ENDINGS: readonly AffixRule[] = [
  { affix: 'ي', description: 'masculine singular', example: ['إيراني', 'إيران'] },
  { affix: 'يه', description: 'feminine singular (ـية)', example: ['الروسية', 'روس'] },
  { affix: 'يا', description: 'accusative with tanween (ـياً)', example: ['دعماً إيرانياً', 'إيران'] },
  { affix: 'يون', description: 'masculine plural, nominative', example: ['الفلسطينيون', 'فلسطين'] },
  { affix: 'يين', description: 'masculine plural, oblique', example: ['الإيرانيين', 'إيران'] },
  { affix: 'يو', description: 'masculine plural before the noun it qualifies, nominative (مصريو الخارج)', example: ['مصريو', 'مصر'] },
  { affix: 'يي', description: 'masculine plural before the noun it qualifies, oblique (مصريي الخارج)', example: ['مصريي', 'مصر'] },
  { affix: 'يان', description: 'dual, nominative', example: ['سوريان', 'سور'] },
  { affix: 'يتان', description: 'feminine dual, nominative', example: ['مصريتان', 'مصر'] },
  { affix: 'يتين', description: 'feminine dual, oblique', example: ['قطريتين', 'قطر'] },
  { affix: 'يات', description: 'feminine plural', example: ['أمريكيات', 'أمريك'] },
];

/**
 * Pronouns attached to a name (فلسطيننا, "our Palestine"). Allowed only on names of at least
 * `PRONOUN_MIN_BASE` letters without context rules: on short words they make other words (قطرها, "its diameter").
 */
export const PRONOUN_SUFFIXES: readonly AffixRule[] = [
  { affix: 'نا', description: 'our', example: ['فلسطيننا', 'فلسطين'] },
  { affix: 'ها', description: 'her, its', example: ['فلسطينها', 'فلسطين'] },
  { affix: 'هم', description: 'their', example: ['فلسطينهم', 'فلسطين'] },
  { affix: 'كم', description: 'your', example: ['فلسطينكم', 'فلسطين'] },
];
export const PRONOUN_MIN_BASE = 5;

/** A 64K flag table of the first letters of some affixes: one typed-array read per question. */
function firstLetters(rules: readonly AffixRule[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const rule of rules) table[rule.affix.charCodeAt(0)] = 1;
  return table;
}
const IS_CONJUNCTION = firstLetters(CONJUNCTIONS);
const IS_PREPOSITION = firstLetters(PREPOSITIONS);
const LAM = 'ل'.charCodeAt(0);
const ALEF = 'ا'.charCodeAt(0);

/** Shortest stem a proclitic may leave: no name is one letter long. */
const MIN_REST = 2;

/**
 * The ways a word may begin with conjunction + preposition (the article is the surface form's business).
 * Writes one entry per reading into `out`: `prefixLength * 2 + 1` when the prefix ends in the preposition ل
 * (so a following ل may be the article with its alef dropped), else `prefixLength * 2`. Returns the count;
 * the bare word (prefix 0) is always the first reading.
 */
export function procliticReadings(codes: ArrayLike<number>, length: number, out: Int32Array): number {
  let count = 0;
  out[count++] = 0;
  if (length <= MIN_REST) return count;
  const first = codes[0]!;
  if (IS_CONJUNCTION[first] === 1) {
    out[count++] = 2;
    const second = codes[1]!;
    if (length > 2 + MIN_REST - 1 && IS_PREPOSITION[second] === 1) out[count++] = 4 + (second === LAM ? 1 : 0);
  } else if (IS_PREPOSITION[first] === 1) {
    out[count++] = 2 + (first === LAM ? 1 : 0);
  }
  return count;
}

/** Whether `codes[from ..]` begins with the written article ال. */
export function startsWithArticle(codes: ArrayLike<number>, from: number, length: number): boolean {
  return length - from > 2 + MIN_REST - 1 && codes[from] === ALEF && codes[from + 1] === LAM;
}

export interface ProcliticSplit {
  /** Conjunction and preposition letters taken off. */
  prefix: string;
  rest: string;
  /** `rest` begins with ل after the preposition ل: the article with its alef dropped (للسعودية). */
  elidedArticle: boolean;
}

/** The readings of `procliticReadings` for a normalised word, as strings. */
export function splitProclitics(normalizedWord: string): ProcliticSplit[] {
  const codes = Array.from(normalizedWord, (letter) => letter.charCodeAt(0));
  const readings = new Int32Array(4);
  const count = procliticReadings(codes, codes.length, readings);
  const splits: ProcliticSplit[] = [];
  for (let index = 0; index < count; index++) {
    const prefixLength = readings[index]! >> 1;
    const endsWithLam = (readings[index]! & 1) === 1;
    const rest = normalizedWord.slice(prefixLength);
    splits.push({ prefix: normalizedWord.slice(0, prefixLength), rest, elidedArticle: endsWithLam && rest.charCodeAt(0) === LAM });
  }
  return splits;
}

/**
 * Endings grouped by their last letter: a word is compared only with the endings its last letter allows.
 * `groupOf[letter]` is 1 + the group's index in `groups`, 0 for a letter no ending ends with (a zeroed typed
 * array costs nothing to build, unlike a 64K-slot array filled at every page load).
 */
interface Endings {
  groupOf: Uint8Array;
  groups: readonly (readonly (readonly number[])[])[];
}

function endingsOf(rules: readonly AffixRule[]): Endings {
  const groupOf = new Uint8Array(0x10000);
  const groups: number[][][] = [];
  for (const rule of rules) {
    const codes = Array.from(rule.affix, (letter) => letter.charCodeAt(0));
    const last = codes[codes.length - 1]!;
    if (groupOf[last] === 0) groupOf[last] = groups.push([]);
    groups[groupOf[last]! - 1]!.push(codes);
  }
  return { groupOf, groups };
}
const NISBA_ENDING_CODES = endingsOf(NISBA_ENDINGS);
const PRONOUN_CODES = endingsOf(PRONOUN_SUFFIXES);

function endingLengths(endings: Endings, codes: ArrayLike<number>, from: number, length: number, out: Int32Array): number {
  const group = endings.groupOf[codes[length - 1]!]!;
  if (group === 0) return 0;
  const candidates = endings.groups[group - 1]!;
  let count = 0;
  // Indexed loops here and in other per-word code: a page's first words run before the code is optimised, where
  // each step of an array iterator is a call.
  for (let number = 0; number < candidates.length; number++) {
    const ending = candidates[number]!;
    const size = ending.length;
    if (length - from - size < MIN_REST) continue;
    let matches = true;
    for (let index = 0; index < size; index++) {
      if (codes[length - size + index] !== ending[index]) {
        matches = false;
        break;
      }
    }
    if (matches) out[count++] = size;
  }
  return count;
}

/** The nisba endings `codes[from .. length)` may end with (lengths into `out`); the base must keep two letters. */
export function nisbaEndingLengths(codes: ArrayLike<number>, from: number, length: number, out: Int32Array): number {
  return endingLengths(NISBA_ENDING_CODES, codes, from, length, out);
}

/** The pronoun suffixes `codes[from .. length)` may end with (lengths into `out`). */
export function pronounSuffixLengths(codes: ArrayLike<number>, from: number, length: number, out: Int32Array): number {
  return endingLengths(PRONOUN_CODES, codes, from, length, out);
}

/** The base a nisba stem (إيراني) names: the stem without its ي. */
export function nisbaBase(normalizedStem: string): string {
  return normalizedStem.endsWith('ي') ? normalizedStem.slice(0, -1) : normalizedStem;
}
