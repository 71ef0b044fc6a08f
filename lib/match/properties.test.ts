import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArabic, normalizeWord, originalSpan } from '../arabic/normalize';
import { tokenize } from '../arabic/tokenize';
import { bundledCatalogue } from '../catalogue/load';
import { compileMatcher, findMentions } from './index';

const matcher = compileMatcher(bundledCatalogue().entities);
const arabicish = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0x0600, max: 0x06ff }).map((code) => String.fromCharCode(code)),
    fc.constantFrom(' ', '،', '«', '»', 'ـ', '\u200c', '\u200f', 'ّ', 'a', '7', '\n', 'ﻻ', 'ﷲ'),
  ),
  maxLength: 80,
});
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), arabicish);

// Surface forms as written, with a clitic or not, and diacritics or tatweel sprinkled in.
const forms = bundledCatalogue().entities.flatMap((entity) => entity.forms.filter((form) => !entity.context?.some((rule) => rule.forms.includes(form))).map((form) => ({ form, id: entity.id })));
const decorated = fc.record({
  entry: fc.constantFrom(...forms),
  clitic: fc.constantFrom('', 'و', 'ف', 'ب'),
  mark: fc.constantFrom('', 'َ', 'ُ', 'ـ', '\u200c'),
  before: fc.constantFrom('', 'قال المتحدث ', 'في '),
  after: fc.constantFrom('', ' اليوم', '، ثم'),
});

describe('properties', () => {
  it('random Unicode never throws, and every mention maps back to its exact text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let reachedEnd = 0;
        for (const mention of findMentions(matcher, text)) {
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          expect(mention.start).toBeGreaterThanOrEqual(reachedEnd);
          expect(mention.end).toBeGreaterThan(mention.start);
          reachedEnd = mention.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('normalisation maps every normalised span back to original text that normalises to it', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const normal = normalizeArabic(text);
        const start = normal.text.length === 0 ? 0 : a % normal.text.length;
        const end = start + (normal.text.length === 0 ? 0 : b % (normal.text.length - start + 1));
        const span = originalSpan(normal, start, end);
        expect(normalizeWord(text.slice(span.start, span.end))).toContain(normal.text.slice(start, end));
      }),
      { numRuns: 2000 },
    );
  });

  it('token spans are in order and within the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let previousEnd = 0;
        for (const token of tokenize(text)) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeLessThanOrEqual(text.length);
          expect(normalizeWord(text.slice(token.start, token.end))).toContain(token.normalized);
          previousEnd = token.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finds any surface form however it is decorated, spanning exactly the written word(s)', () => {
    fc.assert(
      fc.property(decorated, ({ entry, clitic, mark, before, after }) => {
        // A mark goes after the first letter, where it can never be taken for a clitic.
        const written = clitic + entry.form.slice(0, 1) + mark + entry.form.slice(1);
        const text = before + written + after;
        const mentions = findMentions(matcher, text);
        const at = text.indexOf(written);
        const mention = mentions.find((found) => found.start === at);
        expect(mention, `${text}`).toBeDefined();
        expect(mention!.text).toBe(written);
        expect(mention!.id).toBe(entry.id);
      }),
      { numRuns: 1500 },
    );
  });
});
