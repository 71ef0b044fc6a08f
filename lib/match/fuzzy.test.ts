import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordScanner } from '../arabic/tokenize';
import { bundledCatalogue } from '../catalogue/load';
import { compileMatcher } from './index';

const fuzzy = compileMatcher(bundledCatalogue().entities).fuzzy;
const codesOf = (word: string) => Uint16Array.from(word, (letter) => letter.charCodeAt(0));
/** `mayMatch` for each reading the scanner may make of a word: its start is one of the first five letters. */
const someReadingMayMatch = (codes: Uint16Array) => [0, 1, 2, 3, 4].some((from) => from < codes.length - 2 && fuzzy.mayMatch(codes, from, codes.length));

describe('the typo gate on a whole word', () => {
  it('lets through every word one of whose readings may lie within one edit of a key', () => {
    const letters = fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي');
    const edited = fc
      .tuple(fc.constantFrom(...fuzzy.keys.map((key) => key.core)), fc.nat(), letters, fc.constantFrom('keep', 'delete', 'insert', 'replace'))
      .map(([core, at, letter, edit]) => {
        const index = at % core.length;
        if (edit === 'delete') return core.slice(0, index) + core.slice(index + 1);
        if (edit === 'insert') return core.slice(0, index) + letter + core.slice(index);
        if (edit === 'replace') return core.slice(0, index) + letter + core.slice(index + 1);
        return core;
      });
    const word = fc.tuple(fc.constantFrom('', 'و', 'ب', 'ال', 'وال', 'فبال', 'لل'), fc.oneof(edited, fc.string({ unit: letters, minLength: 3, maxLength: 12 }))).map(([clitics, rest]) => clitics + rest);
    fc.assert(
      fc.property(word, (written) => {
        const codes = codesOf(written);
        if (someReadingMayMatch(codes)) expect(fuzzy.mayMatchWord(codes, codes.length), written).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('turns away most words of a real article, which name nothing by a typo', () => {
    const corpus = new URL('../../assets/corpus/', import.meta.url);
    const text = readdirSync(corpus)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(new URL(name, corpus), 'utf8'))
      .join('\n');
    let asked = 0;
    let passed = 0;
    for (const scanner = new WordScanner(text); scanner.next(); ) {
      if (!scanner.isArabic || scanner.length < fuzzy.minLength || scanner.length > fuzzy.maxLength + 4) continue;
      asked++;
      if (fuzzy.mayMatchWord(scanner.codes, scanner.length)) passed++;
    }
    // A first letter pair alone let through 467 of these 1,348 words; with its triple or outer pairs, 130.
    expect(asked).toBeGreaterThan(1000);
    expect(passed / asked).toBeLessThan(0.15);
  });
});
