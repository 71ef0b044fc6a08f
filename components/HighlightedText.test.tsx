// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanSpans, HighlightedText } from './HighlightedText';
import { mount } from './test-support/render';

let cleanup = () => {};
afterEach(() => cleanup());

function marksOf(text: string, highlights: { start: number; end: number }[]) {
  const mounted = mount(
    <p>
      <HighlightedText text={text} highlights={highlights} />
    </p>,
  );
  cleanup = mounted.cleanup;
  const paragraph = mounted.container.querySelector('p')!;
  return { paragraph, marks: [...paragraph.querySelectorAll('mark')].map((mark) => mark.textContent) };
}

describe('HighlightedText', () => {
  it('wraps each span in a <mark> and keeps the whole text in order', () => {
    const text = 'زار وفد من حماس طهران';
    const { paragraph, marks } = marksOf(text, [{ start: 11, end: 15 }, { start: 16, end: 21 }]);
    expect(marks).toEqual(['حماس', 'طهران']);
    expect(paragraph.textContent).toBe(text);
  });

  it('renders markup in the text as text, never as elements', () => {
    const text = '<img src=x onerror=alert(1)> <b>حماس</b>';
    const { paragraph, marks } = marksOf(text, [{ start: 32, end: 36 }]);
    expect(paragraph.querySelector('img, b')).toBeNull();
    expect(paragraph.textContent).toBe(text);
    expect(marks).toEqual(['حماس']);
  });

  it('merges overlapping spans and ignores empty or out-of-range ones', () => {
    const text = 'abcdefghij';
    const { paragraph, marks } = marksOf(text, [{ start: 6, end: 99 }, { start: 1, end: 3 }, { start: 2, end: 5 }, { start: 4, end: 4 }, { start: -5, end: -1 }]);
    expect(marks).toEqual(['bcde', 'ghij']);
    expect(paragraph.textContent).toBe(text);
  });

  it('shows plain text when there is nothing to highlight', () => {
    const { paragraph, marks } = marksOf('نص بلا تمييز', []);
    expect(marks).toEqual([]);
    expect(paragraph.textContent).toBe('نص بلا تمييز');
  });
});

describe('cleanSpans', () => {
  it.each([
    { spans: [{ start: 3, end: 5 }, { start: 0, end: 2 }], length: 10, clean: [{ start: 0, end: 2 }, { start: 3, end: 5 }] },
    { spans: [{ start: 0, end: 2 }, { start: 2, end: 4 }], length: 10, clean: [{ start: 0, end: 4 }] },
    { spans: [{ start: 8, end: 20 }], length: 10, clean: [{ start: 8, end: 10 }] },
    { spans: [{ start: 5, end: 3 }], length: 10, clean: [] },
  ])('$spans within $length → $clean', ({ spans, length, clean }) => {
    expect(cleanSpans(spans, length)).toEqual(clean);
  });
});
