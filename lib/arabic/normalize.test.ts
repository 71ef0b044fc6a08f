import { describe, expect, it } from 'vitest';
import { FORMAT_RANGES, LETTER_FOLDS, MARK_RANGES } from './chars';
import { normalizeArabic, normalizeWord, originalSpan } from './normalize';

describe('letter folds', () => {
  it.each(LETTER_FOLDS.map((fold) => [fold.description, fold.example[0], fold.example[1]]))('%s: %s → %s', (_, written, normal) => {
    expect(normalizeWord(written)).toBe(normalizeWord(normal));
  });

  it('folds hamza seats everywhere in a word, not only at its start', () => {
    expect(normalizeWord('الإسرائيليين')).toBe('الاسراييليين');
    expect(normalizeWord('مسائل')).toBe('مسايل');
  });
});

describe('marks and invisible characters', () => {
  it.each(MARK_RANGES.map((range) => [range.description, range.from]))('drops %s', (_, code) => {
    expect(normalizeWord(`ب${String.fromCharCode(code)}ت`)).toBe('بت');
  });

  it.each(FORMAT_RANGES.map((range) => [range.description, range.example]))('drops %s (%s)', (_, example) => {
    expect(normalizeWord(example)).not.toMatch(/[\u0640\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c\ufeff\u00ad]/u);
  });

  it('drops shadda, tanween and sukun', () => {
    expect(normalizeWord('عَمّانَ')).toBe('عمان');
    expect(normalizeWord('إيرانٌ')).toBe('ايران');
  });

  it('expands presentation forms and ligatures (NFKC)', () => {
    expect(normalizeWord('ﻏﺰﺓ')).toBe('غزه');
    expect(normalizeWord('ﻻ')).toBe('لا');
    expect(normalizeWord('ﷲ')).toBe('الله');
  });

  it('keeps spaces, digits and punctuation, lower-cases Latin and folds Arabic-Indic digits', () => {
    expect(normalizeWord('Iran ٢٠١١، حماس؟')).toBe('iran 2011، حماس؟');
  });
});

describe('offset map', () => {
  it('maps every normalised span back to the original characters, marks included', () => {
    const text = 'قال إِيرانُ ـ فلســطين';
    const normal = normalizeArabic(text);
    const iran = normal.text.indexOf('ايران');
    expect(text.slice(...Object.values(originalSpan(normal, iran, iran + 5)))).toBe('إِيرانُ');
    const palestine = normal.text.indexOf('فلسطين');
    expect(text.slice(...Object.values(originalSpan(normal, palestine, palestine + 6)))).toBe('فلســطين');
  });

  it('gives one entry per normalised code unit', () => {
    const normal = normalizeArabic('ﻻ بأس');
    expect(normal.starts.length).toBe(normal.text.length);
    expect(Array.from(normal.starts)).toEqual([0, 0, 1, 2, 3, 4]);
  });
});
