import { CHAR_CLASS as CHAR_CLASS_TABLE, CharClass, FOLDED as FOLDED_TABLE } from '../arabic/chars';
import { lastLetterBefore, WordScanner, wordStartAfter, wordStartBefore } from '../arabic/tokenize';
import { FLAG_SHADDA, type Candidates } from './candidates';
import * as compiled from './compile';
import type { Matcher, RuntimeCondition, RuntimeRule } from './compile';
import * as keyTable from './key-table';
import type { KeyTable } from './key-table';
import { ALEF_MAQSURA, PREPOSITION_ALA } from './cues';
import { isExactSpelling } from './labels';

const CHAR_CLASS: Uint8Array = CHAR_CLASS_TABLE;
const FOLDED: Uint16Array = FOLDED_TABLE;
const { hashCodes, withLead } = keyTable;
const { FORM_PLAIN } = compiled;
const UNDECIDED = 0;
const SPACE_CLASS = CharClass.Space;
const DIGIT_CLASS = CharClass.Digit;
const OTHER_CLASS = CharClass.Other;
const ALLOWED = 1;
const ALLOWED_BY_CONTEXT = 2;
const REJECTED = 3;
const WAW = 'و'.charCodeAt(0);
const FAA = 'ف'.charCodeAt(0);
const AIN = 'ع'.charCodeAt(0);
const LAM = 'ل'.charCodeAt(0);
const ALEF = 'ا'.charCodeAt(0);
const BAA = 'ب'.charCodeAt(0);
const KAF = 'ك'.charCodeAt(0);
const YAA = 'ي'.charCodeAt(0);
const ALA_CODES = Uint16Array.from(PREPOSITION_ALA, (letter) => letter.charCodeAt(0));
const ALA_HASH = hashCodes(ALA_CODES, 0, ALA_CODES.length);
const COLON = ':'.charCodeAt(0);
const ARABIC_COLON = '：'.charCodeAt(0);
/** How far a `near` condition looks, in words either side of the mention, within its sentence. */
const NEAR_WORDS = 8;
const SENTENCE_ENDS = new Set(Array.from('.!?؟؛…۔\n\r', (mark) => mark.charCodeAt(0)));

/**
 * Applies the catalogue's context rules to candidate readings, lazily and once each. A `require` rule may
 * also be met by the text itself: the entity named elsewhere by a form no such rule governs
 * (جواد ظريف … قال ظريف).
 */
export class ContextJudge {
  private matcher!: Matcher;
  private text = '';
  private candidates!: Candidates;
  private decisions = new Uint8Array(256);
  private namedPlainly = new Uint8Array(0);
  /** `namesOtherwise` by form, once per text: a page may repeat a form thousands of times. */
  private readonly namedOtherwise = new Map<number, boolean>();
  private readonly neighbour = new WordScanner('');

  prepare(matcher: Matcher, text: string, candidates: Candidates): void {
    this.matcher = matcher;
    this.text = text;
    this.candidates = candidates;
    if (this.decisions.length < candidates.count) this.decisions = new Uint8Array(candidates.count * 2);
    else this.decisions.fill(UNDECIDED, 0, candidates.count);
    this.namedPlainly = new Uint8Array(matcher.data.ids.length);
    this.namedOtherwise.clear();
    const { formBits, formEntity } = matcher;
    for (let index = 0; index < candidates.count; index++) {
      const form = candidates.form[index]!;
      if ((formBits[form]! & FORM_PLAIN) !== 0) this.namedPlainly[formEntity[form]!] = 1;
    }
  }

  allows(index: number): boolean {
    return this.decide(index) !== REJECTED;
  }

  /** The reading stands because a `require` rule found its context. */
  decidedByContext(index: number): boolean {
    return this.decide(index) === ALLOWED_BY_CONTEXT;
  }

  private decide(index: number): number {
    const known = this.decisions[index]!;
    if (known !== UNDECIDED) return known;
    const form = this.candidates.form[index]!;
    const ruleNumber = this.matcher.formRule[form]!;
    let decision = ALLOWED;
    if (ruleNumber !== -1) {
      const rule = this.matcher.rules[ruleNumber]!;
      if (!this.passes(rule, index)) decision = REJECTED;
      else if (rule.require !== null) decision = ALLOWED_BY_CONTEXT;
      if (decision === ALLOWED_BY_CONTEXT && this.namedPlainly[this.matcher.formEntity[form]!] === 1 && !this.meetsAny(rule.require!, index)) decision = ALLOWED;
    }
    this.decisions[index] = decision;
    return decision;
  }

  private passes(rule: RuntimeRule, index: number): boolean {
    if (rule.rejectShadda && (this.candidates.info[index]! & FLAG_SHADDA) !== 0) return false;
    if (rule.rejectRespelled && !isExactSpelling(this.matcher, this.text, this.candidates, index)) return false;
    if (this.meetsAny(rule.reject, index)) return false;
    if (rule.require === null) return true;
    return this.namedPlainly[this.matcher.formEntity[this.candidates.form[index]!]!] === 1 || this.meetsAny(rule.require, index);
  }

  private meetsAny(conditions: readonly RuntimeCondition[], index: number): boolean {
    for (let number = 0; number < conditions.length; number++) if (this.meets(conditions[number]!, index)) return true;
    return false;
  }

  private meets(condition: RuntimeCondition, index: number): boolean {
    const candidates = this.candidates;
    if (condition.proclitic !== -1 && !candidates.hasProclitic(index, condition.proclitic)) return false;
    if (condition.named !== -1 && (this.namedPlainly[condition.named] !== 1 || this.namesOtherwise(candidates.form[index]!))) return false;
    if (condition.near !== null && !this.nearby(candidates.start[index]!, candidates.end[index]!, condition.near)) return false;
    if (condition.notNear !== null && this.nearby(candidates.start[index]!, candidates.end[index]!, condition.notNear)) return false;
    if (condition.after !== null && !this.neighbourIn(wordStartBefore(this.text, candidates.start[index]!), condition.after, candidates.start[index]!)) {
      return false;
    }
    if (condition.before !== null || condition.beforeNumber || condition.beforeColon) {
      const end = candidates.end[index]!;
      const next = wordStartAfter(this.text, end);
      const numberFollows = condition.beforeNumber && next !== -1 && this.numberNotYearAt(next);
      const colonFollows = condition.beforeColon && this.colonAfter(end);
      const wordFollows = condition.before !== null && this.neighbourIn(next, condition.before, this.text.length);
      if (!numberFollows && !colonFollows && !wordFollows) return false;
    }
    return true;
  }

  /** Whether the text names the entity of `form` by another form, one no rule makes wait for its context. */
  private namesOtherwise(form: number): boolean {
    const known = this.namedOtherwise.get(form);
    if (known !== undefined) return known;
    const { formBits, formEntity } = this.matcher;
    const candidates = this.candidates;
    const entity = formEntity[form];
    let named = false;
    for (let index = 0; index < candidates.count && !named; index++) {
      const other = candidates.form[index]!;
      named = other !== form && formEntity[other] === entity && (formBits[other]! & FORM_PLAIN) !== 0;
    }
    this.namedOtherwise.set(form, named);
    return named;
  }

  /**
   * Whether a number starts at `start`, other than a year: «بقطر 5 سم» is a diameter, «مونديال قطر 2022» the
   * country (any four digits from 1900 to 2099 are read as a year).
   */
  private numberNotYearAt(start: number): boolean {
    const text = this.text;
    let digits = 0;
    let value = 0;
    for (let index = start; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (CHAR_CLASS[code] !== DIGIT_CLASS) break;
      value = value * 10 + FOLDED[code]! - 0x30;
      digits++;
    }
    return digits !== 0 && !(digits === 4 && value >= 1900 && value <= 2099);
  }

  private colonAfter(end: number): boolean {
    let index = end;
    while (index < this.text.length && CHAR_CLASS[this.text.charCodeAt(index)] === SPACE_CLASS) index++;
    const code = this.text.charCodeAt(index);
    return code === COLON || code === ARABIC_COLON;
  }

  /** Whether the Arabic word starting at `start` (ending before `limit`) is in `words` (see `isListed`). */
  private neighbourIn(start: number, words: KeyTable, limit: number): boolean {
    if (start === -1) return false;
    const scanner = this.neighbour.reset(this.text, start);
    const found = scanner.next() && scanner.isArabic && scanner.start < limit && this.isListed(words, scanner);
    scanner.reset('', 0);
    return found;
  }

  /** Whether a word of `words` stands within `NEAR_WORDS` words of the mention `[start, end)`, in its sentence. */
  private nearby(start: number, end: number, words: KeyTable): boolean {
    const text = this.text;
    const to = reachOfWords(text, end, 1);
    const scanner = this.neighbour.reset(text, reachOfWords(text, start, -1));
    let found = false;
    while (!found && scanner.next() && scanner.start < to) {
      if (scanner.start < start || scanner.start >= end) found = scanner.isArabic && this.isListed(words, scanner);
    }
    scanner.reset('', 0);
    return found;
  }

  /**
   * Whether the word is listed: as written, after a leading و/ف (وقال), or, where the listed word has the article,
   * after ب/ك before it or ل with its alef dropped («بالحد الأقصى», «للحد الأقصى»).
   */
  private isListed(words: KeyTable, scanner: WordScanner): boolean {
    const { codes, length } = scanner;
    if (this.listedFrom(words, scanner, 0)) return true;
    const conjunction = length > 2 && (codes[0] === WAW || codes[0] === FAA) ? 1 : 0;
    if (conjunction === 1 && this.listedFrom(words, scanner, 1)) return true;
    const preposition = codes[conjunction];
    const from = conjunction + 1;
    if (length - from < 3) return false;
    if ((preposition === BAA || preposition === KAF) && codes[from] === ALEF && codes[from + 1] === LAM) return this.listedFrom(words, scanner, from);
    return preposition === LAM && codes[from] === LAM && this.listedFrom(words, scanner, from, ALEF);
  }

  /** Whether `lead` (unless -1) followed by the word from `from` on is listed. */
  private listedFrom(words: KeyTable, scanner: WordScanner, from: number, lead = -1): boolean {
    const { codes, length } = scanner;
    const hash = hashCodes(codes, from, length);
    const listed = words.find(lead === -1 ? hash : withLead(lead, hash, length - from), codes, from, length, lead) !== -1;
    if (length - from !== 3 || codes[from] !== AIN || codes[from + 1] !== LAM || codes[from + 2] !== YAA) return listed;
    // على or علي (see `cueWord`): written with alef maqsura it is only the preposition; with yaa, either.
    const preposition = words.find(ALA_HASH, ALA_CODES, 0, ALA_CODES.length, -1) !== -1;
    return lastLetterBefore(this.text, scanner.end) === ALEF_MAQSURA ? preposition : listed || preposition;
  }
}

function isSeparator(code: number): boolean {
  const charClass = CHAR_CLASS[code];
  return charClass === SPACE_CLASS || charClass === OTHER_CLASS;
}

/**
 * How far `NEAR_WORDS` words reach from `from`, without crossing a sentence's end: back (`step` -1) to where the
 * farthest begins, or ahead (`step` 1) to where it ends.
 */
function reachOfWords(text: string, from: number, step: 1 | -1): number {
  let reach = from;
  let words = 0;
  let inWord = false;
  for (let index = step === 1 ? from : from - 1; index >= 0 && index < text.length; index += step) {
    const code = text.charCodeAt(index);
    if (SENTENCE_ENDS.has(code)) break;
    if (isSeparator(code)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      if (words === NEAR_WORDS) break;
      words++;
      inWord = true;
    }
    reach = step === 1 ? index + 1 : index;
  }
  return reach;
}
