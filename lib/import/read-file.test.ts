import { describe, expect, it } from 'vitest';
import { EMPTY_USER_DATA } from './types';
import { serializeExport } from './export-format';
import { MAX_DOCUMENT_FILE_BYTES } from './limits';
import { checkFileBeforeReading, readImportFile } from './read-file';
import { encodeUtf16, encodeUtf8, encodeWindows1256 } from './testing/encode';

const ARTICLE = 'حماس ترحب بموقف طهران\nقال المتحدث باسم الحركة إن اللقاء كان إيجابياً.';

describe('readImportFile', () => {
  it('reads a windows-1256 .txt file into its Arabic text, naming the encoding', () => {
    const reading = readImportFile('خبر.txt', encodeWindows1256(ARTICLE));
    expect(reading).toEqual({
      outcome: 'document',
      kind: 'text',
      text: ARTICLE,
      encoding: { encoding: 'windows-1256', evidence: 'fallback', overridden: false },
    });
  });

  it('lets the user override the detected encoding', () => {
    const reading = readImportFile('note.txt', encodeUtf8('حماس', false), 'windows-1256');
    expect(reading.outcome === 'document' && reading.encoding).toEqual({ encoding: 'windows-1256', evidence: 'valid-utf8', overridden: true });
  });

  it('turns CRLF line ends into LF so passages split the same way', () => {
    const reading = readImportFile('a.txt', encodeUtf16(ARTICLE.replace('\n', '\r\n'), 'le', true));
    expect(reading.outcome === 'document' && reading.text).toBe(ARTICLE);
  });

  it('strips Markdown marks and keeps the words', () => {
    const markdown = '# حماس ترحب\n\nقال **المتحدث** إن [اللقاء](https://example.org) كان *إيجابياً*.\n';
    const reading = readImportFile('a.md', encodeUtf8(markdown, false));
    expect(reading.outcome === 'document' && reading.text).toBe('حماس ترحب\n\nقال المتحدث إن اللقاء كان إيجابياً.');
  });

  it('keeps HTML markup for the page to extract with DOMParser', () => {
    const html = '<p>نص</p><script>alert(1)</script>';
    const reading = readImportFile('a.html', encodeUtf8(html, false));
    expect(reading).toMatchObject({ outcome: 'document', kind: 'html', text: html });
  });

  it.each([
    ['an empty file', 'a.txt', new Uint8Array(0), { code: 'empty' }],
    ['a file of only a byte order mark and spaces', 'a.txt', encodeUtf8('  \n ', true), { code: 'empty' }],
    ['a PDF renamed .txt', 'a.txt', encodeUtf8('%PDF-1.7\n…', false), { code: 'binary' }],
    ['random bytes with NULs', 'a.txt', Uint8Array.from({ length: 400 }, (_, index) => (index * 37) % 256), { code: 'binary' }],
    ['a UTF-8 file cut inside a letter', 'a.txt', encodeUtf8('طهران', false).subarray(0, 9), { code: 'truncated' }],
    ['a .docx', 'report.docx', encodeUtf8('x', false), { code: 'unsupportedType', extension: 'docx' }],
    ['a file without extension', 'README', encodeUtf8('x', false), { code: 'unsupportedType', extension: '' }],
    ['malformed JSON', 'export.json', encodeUtf8('{"format": ', false), { code: 'malformedJson', detail: expect.any(String) }],
    ['JSON that is not ours', 'data.json', encodeUtf8('{"a": 1}', false), { code: 'notAnExport' }],
  ])('refuses %s', (_name, fileName, bytes, problem) => {
    expect(readImportFile(fileName, bytes)).toEqual({ outcome: 'refused', problem });
  });

  it('refuses a gigantic file from its size alone, before reading it', () => {
    expect(checkFileBeforeReading('book.txt', MAX_DOCUMENT_FILE_BYTES + 1)).toEqual({ code: 'tooLarge', limitBytes: MAX_DOCUMENT_FILE_BYTES });
    expect(checkFileBeforeReading('book.txt', MAX_DOCUMENT_FILE_BYTES)).toBeNull();
  });

  it('reads an export file back into user data', () => {
    const json = serializeExport({ ...EMPTY_USER_DATA, bundledCorpusHidden: true }, new Date(0));
    expect(readImportFile('export.json', encodeUtf8(json, false))).toEqual({ outcome: 'export', data: { ...EMPTY_USER_DATA, bundledCorpusHidden: true } });
  });
});
