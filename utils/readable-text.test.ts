// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readableTextOfHtml } from './readable-text';

describe('readableTextOfHtml', () => {
  it('keeps the words, one block per line, and drops scripts, styles and hostile markup', () => {
    const html = `<html><head><title>حماس ترحب</title><style>p{color:red}</style></head><body>
      <nav>الرئيسية</nav><h1>حماس ترحب بموقف طهران</h1>
      <p>قال المتحدث <b>باسم</b> الحركة إن اللقاء كان إيجابياً.</p>
      <img src="x" onerror="alert(1)"><script>document.title = 'pwned'</script>
      <p>وأضاف أن الوفد سيعود.</p></body></html>`;
    expect(readableTextOfHtml(html)).toEqual({
      title: 'حماس ترحب',
      text: 'حماس ترحب بموقف طهران\n\nقال المتحدث باسم الحركة إن اللقاء كان إيجابياً.\n\nوأضاف أن الوفد سيعود.',
    });
  });

  it('takes the article alone when the page has one with real text', () => {
    const body = 'نص المقال الطويل. '.repeat(20).trim();
    const html = `<body><div>قائمة جانبية</div><article><p>${body}</p></article><footer>حقوق النشر</footer></body>`;
    expect(readableTextOfHtml(html).text).toBe(body);
  });
});
