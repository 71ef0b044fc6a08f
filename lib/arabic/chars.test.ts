import { describe, expect, it } from 'vitest';
import { CHAR_CLASS, CLASS_AND_FOLDED, CLASS_SHIFT, CharClass, FOLDED } from './chars';
import { normalizeArabic } from './normalize';

describe('character tables', () => {
  it('hold the same class and fold in the packed table as in the separate ones, for every code unit', () => {
    const disagreeing: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (CLASS_AND_FOLDED[code] !== ((CHAR_CLASS[code]! << CLASS_SHIFT) | FOLDED[code]!)) disagreeing.push(code);
    }
    expect(disagreeing).toEqual([]);
  });

  it('fold letters, digits and Latin, and leave punctuation, symbols and white space as written', () => {
    expect(CHAR_CLASS['؟'.charCodeAt(0)]).toBe(CharClass.Other);
    expect(normalizeArabic('«إيران»، ٢٠١١: ZARIF — حسنًا?! ١٠٪ €').text).toBe('«ايران»، 2011: zarif — حسنا?! 10٪ €');
  });
});
