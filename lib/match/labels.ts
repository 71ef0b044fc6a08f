import { CHAR_CLASS as CHAR_CLASS_TABLE, CharClass } from '../arabic/chars';
import * as candidateInfo from './candidates';
import type { Candidates } from './candidates';
import type { Matcher } from './compile';
import type { MatchRule } from './types';

const CHAR_CLASS: Uint8Array = CHAR_CLASS_TABLE;
const LETTER = CharClass.Letter;
const { articleOf, FLAG_ELIDED, FLAG_FUZZY, FLAG_NISBA, FLAG_PRONOUN, procliticLengthOf, wordsOf } = candidateInfo;

/** The rules that produced a mention, in the order `MatchRule` lists them. */
export function labelMention(matcher: Matcher, text: string, candidates: Candidates, index: number, context: boolean): MatchRule[] {
  const form = matcher.data.forms[candidates.form[index]!]!;
  const info = candidates.info[index]!;
  const rules: MatchRule[] = [];
  const fuzzy = (info & FLAG_FUZZY) !== 0;
  if (!fuzzy) rules.push(isExactSpelling(text, candidates, index, form.written) ? 'exact' : 'normalised');
  if (procliticLengthOf(info) > 0 || articleOf(info) > 0) rules.push('clitic');
  if (info & FLAG_PRONOUN) rules.push('suffix');
  if (form.nisba) rules.push('nisba');
  if (form.alias) rules.push('alias');
  if (wordsOf(info) > 1) rules.push('multiword');
  if (fuzzy) rules.push('fuzzy');
  if (context) rules.push('context');
  return rules;
}

/** Whether the words, past their clitics, are written letter for letter as a catalogue spelling. */
function isExactSpelling(text: string, candidates: Candidates, index: number, written: readonly string[]): boolean {
  const info = candidates.info[index]!;
  const nisba = (info & FLAG_NISBA) !== 0;
  const partial = nisba || (info & FLAG_PRONOUN) !== 0;
  const skip = procliticLengthOf(info) + (nisba ? articleOf(info) : 0);
  const from = afterLetters(text, candidates.start[index]!, candidates.end[index]!, skip);
  const end = candidates.end[index]!;
  for (const spelling of written) {
    const expected = (info & FLAG_ELIDED) !== 0 ? spelling.slice(1) : spelling;
    if (partial ? text.startsWith(expected.slice(0, -1), from) : sameWords(text, from, end, expected)) return true;
  }
  return false;
}

/** `text[from, end)` equals `expected`, any run of white space matching its single spaces. */
function sameWords(text: string, from: number, end: number, expected: string): boolean {
  let index = from;
  for (let position = 0; position < expected.length; position++) {
    if (index >= end) return false;
    const code = expected.charCodeAt(position);
    if (code === 0x20) {
      if (CHAR_CLASS[text.charCodeAt(index)] !== CharClass.Space) return false;
      while (index < end && CHAR_CLASS[text.charCodeAt(index)] === CharClass.Space) index++;
    } else if (text.charCodeAt(index++) !== code) {
      return false;
    }
  }
  return index === end;
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
