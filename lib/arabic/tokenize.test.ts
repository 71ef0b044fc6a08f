import { describe, expect, it } from 'vitest';
import { charAfter, lastLetterBefore, tokenize, wordAfter, wordBefore } from './tokenize';

const words = (text: string) => tokenize(text).map((token) => [token.normalized, token.kind]);

describe('tokenize', () => {
  it('splits Arabic words from Latin, digits and Arabic punctuation', () => {
    expect(words('زار Zarif طهران عام 2017، ثم «دمشق»؛ لماذا؟ “حماس”')).toEqual([
      ['زار', 'arabic'],
      ['zarif', 'foreign'],
      ['طهران', 'arabic'],
      ['عام', 'arabic'],
      ['2017', 'digits'],
      ['ثم', 'arabic'],
      ['دمشق', 'arabic'],
      ['لماذا', 'arabic'],
      ['حماس', 'arabic'],
    ]);
  });

  it('finds the last letter of a word past the marks and tatweel written after it', () => {
    const text = 'عَلَىٰـ قال';
    expect(String.fromCharCode(lastLetterBefore(text, text.indexOf(' ')))).toBe('ى');
    expect(Number.isNaN(lastLetterBefore('َ ', 2))).toBe(true);
  });

  it('reads the underscores of a hashtag as spaces between its words', () => {
    const hashtag = tokenize('#غزة_تحت_القصف');
    expect(hashtag.map((token) => [token.normalized, token.breakBefore])).toEqual([
      ['غزه', true],
      ['تحت', false],
      ['القصف', false],
    ]);
  });

  it('keeps marks in a word span but not invisible characters around it', () => {
    const text = '\u200fإِيرانُ\u200f قال';
    const [iran] = tokenize(text);
    expect(text.slice(iran!.start, iran!.end)).toBe('إِيرانُ');
  });

  it('joins a word split by tatweel or a zero-width joiner', () => {
    expect(words('فلســطين حما\u200cس')).toEqual([
      ['فلسطين', 'arabic'],
      ['حماس', 'arabic'],
    ]);
  });

  it('records where a shadda stood', () => {
    const [amman, oman] = tokenize('عمّان عمان');
    expect(amman!.shaddaMask).toBe(0b10);
    expect(oman!.shaddaMask).toBe(0);
  });

  it('marks a break before a word when punctuation stands between, not when only quotes or parentheses do', () => {
    expect(tokenize('حزب، الله حزب الله').map((token) => token.breakBefore)).toEqual([false, true, false, false]);
    expect(tokenize('فضائية "الأقصى" و«حزب» الله: نعم').map((token) => token.breakBefore)).toEqual([false, false, false, false, false, true]);
    expect(tokenize('المقاومة الإسلامية (حماس)، نعم').map((token) => token.breakBefore)).toEqual([false, false, false, true]);
  });
});

describe('neighbouring words', () => {
  const text = 'وقال "ظريف": نعم';
  const zarif = text.indexOf('ظريف');

  it('reads the word before and after across spaces and quotes', () => {
    expect(wordBefore(text, zarif)?.normalized).toBe('وقال');
    expect(wordAfter(text, zarif + 4)).toBeNull();
    expect(charAfter(text, zarif + 4)).toBe('"');
  });

  it('stops at other punctuation', () => {
    expect(wordBefore('قال، ظريف', 5)).toBeNull();
    expect(wordAfter('ظريف، قال', 4)).toBeNull();
  });
});
