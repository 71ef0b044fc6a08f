import { describe, expect, it } from 'vitest';
import { ARTICLE, CONJUNCTIONS, NISBA_ENDINGS, nisbaBase, nisbaEndingLengths, PREPOSITIONS, PROCLITIC_CHAINS, PRONOUN_SUFFIXES, splitProclitics } from './clitics';
import { normalizeWord } from './normalize';

const codes = (word: string) => Array.from(normalizeWord(word), (letter) => letter.charCodeAt(0));

/** The stems a word may be read as: each proclitic reading, with the article taken off too when it is there. */
function stems(word: string): string[] {
  return splitProclitics(normalizeWord(word)).flatMap(({ rest, elidedArticle }) => {
    if (elidedArticle) return [rest, rest.slice(1)];
    return rest.startsWith('ال') ? [rest, rest.slice(2)] : [rest];
  });
}

describe('proclitics', () => {
  it.each([...CONJUNCTIONS, ...PREPOSITIONS, ARTICLE, ...PROCLITIC_CHAINS].map((rule) => [rule.affix, rule.description, ...rule.example]))(
    '%s (%s): %s → %s',
    (_, __, word, rest) => {
      expect(stems(word!)).toContain(normalizeWord(rest!));
    },
  );

  it('always offers the bare word first', () => {
    expect(splitProclitics('فلسطين')[0]).toEqual({ prefix: '', rest: 'فلسطين', elidedArticle: false });
  });

  it('reads لل as a preposition before the article with its alef dropped', () => {
    expect(splitProclitics('للسعوديه')).toContainEqual({ prefix: 'ل', rest: 'لسعوديه', elidedArticle: true });
  });

  it('never takes more than conjunction + preposition, and never leaves fewer than two letters', () => {
    expect(splitProclitics('وبك').map((split) => split.prefix)).toEqual(['', 'و']);
    expect(splitProclitics('بي').map((split) => split.prefix)).toEqual(['']);
  });

  it('does not offer a preposition before a conjunction', () => {
    expect(splitProclitics('بوفلسطين').map((split) => split.prefix)).toEqual(['', 'ب']);
  });
});

describe('endings', () => {
  it('are written in normal form, as the scanner compares them with a word letter for letter', () => {
    for (const { affix } of [...NISBA_ENDINGS, ...PRONOUN_SUFFIXES]) expect(normalizeWord(affix)).toBe(affix);
  });
});

describe('nisba endings', () => {
  it.each(NISBA_ENDINGS.map((rule) => [rule.affix, rule.description, ...rule.example]))('%s (%s): %s', (affix, _, word) => {
    const normal = normalizeWord(word!.split(' ').pop()!);
    const from = normal.startsWith('ال') ? 2 : 0;
    const out = new Int32Array(16);
    const lengths = Array.from(out.subarray(0, nisbaEndingLengths(codes(normal), from, normal.length, out)));
    expect(lengths).toContain(normalizeWord(affix!).length);
  });

  it('takes the ي off a nisba stem to find its base', () => {
    expect(nisbaBase('ايراني')).toBe('ايران');
    expect(nisbaBase('روسي')).toBe('روس');
  });

  it('lists pronoun suffixes with examples', () => {
    for (const rule of PRONOUN_SUFFIXES) expect(normalizeWord(rule.example[0]).endsWith(rule.affix)).toBe(true);
  });
});
