import { CHAR_CLASS as CHAR_CLASS_TABLE, CharClass } from '../arabic/chars';
import * as candidateInfo from './candidates';
import type { Candidates } from './candidates';
import * as compiled from './compile';
import type { Matcher } from './compile';
import type { MatchRule } from './types';

const CHAR_CLASS: Uint8Array = CHAR_CLASS_TABLE;
const LETTER = CharClass.Letter;
const SPACE_CLASS = CharClass.Space;
const { articleOf, FLAG_ELIDED, FLAG_FUZZY, FLAG_NISBA, FLAG_PRONOUN, procliticLengthOf, wordsOf } = candidateInfo;

const { FORM_ALIAS, FORM_NISBA } = compiled;

const RULE_ORDER: readonly MatchRule[] = ['exact', 'normalised', 'clitic', 'suffix', 'nisba', 'alias', 'multiword', 'fuzzy', 'context'];
/** One frozen list per combination of rules, by its bits: a dense page makes thousands of mentions, not thousands of lists. */
const labelLists: (readonly MatchRule[] | undefined)[] = new Array<readonly MatchRule[] | undefined>(1 << RULE_ORDER.length).fill(undefined);

function labelList(bits: number): readonly MatchRule[] {
  let list = labelLists[bits];
  if (list === undefined) {
    list = Object.freeze(RULE_ORDER.filter((_, index) => (bits & (1 << index)) !== 0));
    labelLists[bits] = list;
  }
  return list;
}

/** The rules that produced a mention, in the order `MatchRule` lists them. The list is shared: do not change it. */
export function labelMention(matcher: Matcher, text: string, candidates: Candidates, index: number, context: boolean): MatchRule[] {
  const formBits = matcher.formBits[candidates.form[index]!]!;
  const info = candidates.info[index]!;
  const fuzzy = (info & FLAG_FUZZY) !== 0;
  let bits = 0;
  if (!fuzzy) bits |= isExactSpelling(matcher, text, candidates, index) ? 1 : 2;
  if (procliticLengthOf(info) > 0 || articleOf(info) > 0) bits |= 4;
  if (info & FLAG_PRONOUN) bits |= 8;
  if ((formBits & FORM_NISBA) !== 0) bits |= 16;
  if ((formBits & FORM_ALIAS) !== 0) bits |= 32;
  if (wordsOf(info) > 1) bits |= 64;
  if (fuzzy) bits |= 128;
  if (context) bits |= 256;
  return labelList(bits) as MatchRule[];
}

/** Whether the words, past their clitics, are written letter for letter as a catalogue spelling. */
export function isExactSpelling(matcher: Matcher, text: string, candidates: Candidates, index: number): boolean {
  const info = candidates.info[index]!;
  const nisba = (info & FLAG_NISBA) !== 0;
  const skip = procliticLengthOf(info) + (nisba ? articleOf(info) : 0);
  const end = candidates.end[index]!;
  const from = skip === 0 ? candidates.start[index]! : afterLetters(text, candidates.start[index]!, end, skip);
  const spellings = matcher.spellings[candidates.form[index]!]!;
  if (nisba || (info & FLAG_PRONOUN) !== 0) {
    const { stems } = spellings;
    for (let number = 0; number < stems.length; number++) if (spelledAt(text, from, stems[number]!)) return true;
    return false;
  }
  const written = (info & FLAG_ELIDED) !== 0 ? spellings.elided : spellings.whole;
  for (let number = 0; number < written.length; number++) if (sameWords(text, from, end, written[number]!)) return true;
  return false;
}

/** `text[from, end)` equals `expected`, any run of white space matching its single spaces. */
function sameWords(text: string, from: number, end: number, expected: string): boolean {
  // A space matches one or more: no span shorter than the spelling can match it.
  if (end - from < expected.length) return false;
  let index = from;
  for (let position = 0; position < expected.length; position++) {
    if (index >= end) return false;
    const code = expected.charCodeAt(position);
    if (code === 0x20) {
      if (CHAR_CLASS[text.charCodeAt(index)] !== SPACE_CLASS) return false;
      while (index < end && CHAR_CLASS[text.charCodeAt(index)] === SPACE_CLASS) index++;
    } else if (text.charCodeAt(index++) !== code) {
      return false;
    }
  }
  return index === end;
}

/** `text.startsWith(expected, from)`, compared in place: a builtin call costs more than the few letters of a name. */
function spelledAt(text: string, from: number, expected: string): boolean {
  if (from + expected.length > text.length) return false;
  for (let index = 0; index < expected.length; index++) if (text.charCodeAt(from + index) !== expected.charCodeAt(index)) return false;
  return true;
}

/** Where `text[start, end)` continues after its first `letters` letters and the marks written on them. */
function afterLetters(text: string, start: number, end: number, letters: number): number {
  let index = start;
  let skipped = 0;
  while (index < end && skipped < letters) {
    if (CHAR_CLASS[text.charCodeAt(index)] === LETTER) skipped++;
    index++;
  }
  while (skipped > 0 && index < end && CHAR_CLASS[text.charCodeAt(index)] !== LETTER) index++;
  return index;
}
