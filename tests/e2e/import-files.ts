import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_DOCUMENT_FILE_BYTES } from '../../lib/import/limits';
import { encodeUtf16, encodeUtf8, encodeWindows1256 } from '../../lib/import/testing/encode';

// «قال المتحدث» is 20 bytes up to the middle of its last letter.
/** Import test files, written fresh for each run: real Arabic in each encoding, and every kind of bad input. */
export const ARTICLE_1256 = 'وفد حماس يزور طهران\nقال المتحدث باسم الحركة إن الوفد سيلتقي مسؤولين إيرانيين الأسبوع المقبل. وأضاف أن الزيارة تأتي بدعوة رسمية.';
export const ARTICLE_UTF16 = 'الدوحة تستضيف جولة جديدة\nأعلنت قطر أنها ستستضيف جولة جديدة من المحادثات. وقال مسؤول قطري إن الأطراف وافقت على الموعد.';
/** Hostile markup as the text of a plain-text document: it must be shown as these characters, never run. */
export const HOSTILE_TEXT = 'تقرير مريب\n<img src=x onerror="document.title=\'pwned\'"><script>document.title=\'pwned\'</script> نص عادي بعد الوسوم.';
export const HOSTILE_HTML = `<html><head><title>صفحة معادية</title><script>document.title='pwned'</script><style>body{display:none}</style></head>
<body><h1>صفحة معادية</h1><img src="x" onerror="document.title='pwned'"><p>هذه فقرة عربية حقيقية عن لبنان وسوريا.</p><script>window.pwned = true</script></body></html>`;

export interface ImportFiles {
  dir: string;
  path(name: string): string;
  remove(): void;
}

export function writeImportFiles(): ImportFiles {
  const dir = mkdtempSync(join(tmpdir(), 'import-e2e-'));
  const files: Record<string, Uint8Array | string> = {
    'وفد-1256.txt': encodeWindows1256(ARTICLE_1256),
    'doha-utf16.txt': encodeUtf16(ARTICLE_UTF16, 'le', true),
    'hostile.txt': encodeUtf8(HOSTILE_TEXT, false),
    'hostile.html': encodeUtf8(HOSTILE_HTML, false),
    'notes.md': encodeUtf8('# ملاحظات\n\nزار **الوفد** [بيروت](https://example.org) أمس.\n', true),
    'empty.txt': new Uint8Array(0),
    'report.txt': encodeUtf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', false),
    'truncated.txt': encodeUtf8('قال المتحدث باسم حماس', false).subarray(0, 20),
    'gigantic.txt': new Uint8Array(MAX_DOCUMENT_FILE_BYTES + 1).fill(0x61),
    'broken.json': '{"format": "arabic-corpus-lookup/user-data", "version": 1, "documents": [',
    'duplicate-1256.txt': encodeWindows1256(`${ARTICLE_1256}\n`),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
