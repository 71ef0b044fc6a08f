import { describe, expect, it } from 'vitest';
import { tokenize as wordsOfMatcher } from '../arabic';
import { tokenize } from './tokens';

describe('search tokens', () => {
  it('keep a word whole across invisible formatting, as the matcher reads it', () => {
    for (const text of ['وفد حما\u200bس في طهران', 'أرض فلس\u00adطين', 'حما\u2060س', '\u061cحماس اليوم', 'قال \ufeffظريف']) {
      const keys = tokenize(text).map((token) => token.key);
      const matcherWords = wordsOfMatcher(text).map((word) => word.normalized);
      expect(keys).toEqual(matcherWords);
    }
  });

  it('leave bidi marks around a word out of its span, and keep tatweel inside it', () => {
    const text = 'زار \u202bظريف\u202c فلســـطين';
    const [, zarif, palestine] = tokenize(text);
    expect(text.slice(zarif!.start, zarif!.end)).toBe('ظريف');
    expect(text.slice(palestine!.start, palestine!.end)).toBe('فلســـطين');
    expect(palestine!.key).toBe('فلسطين');
  });
});
