import { decodeText, detectEncoding, type EncodingGuess, type TextEncoding } from './encoding';
import { readExport } from './export-format';
import { extensionOf, fileKindOf, type FileKind } from './file-kind';
import { MAX_DOCUMENT_FILE_BYTES, MAX_EXPORT_FILE_BYTES } from './limits';
import { markdownToText } from './markdown';
import type { UserData } from './types';

/** Why a file was refused; each has its own message on the options page. */
export type ImportProblem =
  | { code: 'unsupportedType'; extension: string }
  | { code: 'tooLarge'; limitBytes: number }
  | { code: 'empty' }
  | { code: 'binary' }
  | { code: 'truncated' }
  | { code: 'undecodable'; encoding: TextEncoding }
  | { code: 'noText' }
  | { code: 'malformedJson'; detail: string }
  | { code: 'notAnExport' }
  | { code: 'newerVersion'; version: number }
  | { code: 'invalidExport'; errors: string[] }
  | { code: 'duplicate'; ofTitle: string | null };

export type FileReading =
  /** `text` is the reading text, except for HTML, whose markup the page extracts with DOMParser. */
  | { outcome: 'document'; kind: Exclude<FileKind, 'export'>; text: string; encoding: EncodingGuess & { overridden: boolean } }
  | { outcome: 'export'; data: UserData }
  | { outcome: 'refused'; problem: ImportProblem };

/** Checked from the file's size alone, before any byte is read. */
export function checkFileBeforeReading(fileName: string, sizeBytes: number): ImportProblem | null {
  const kind = fileKindOf(fileName);
  if (kind === null) return { code: 'unsupportedType', extension: extensionOf(fileName) };
  const limitBytes = kind === 'export' ? MAX_EXPORT_FILE_BYTES : MAX_DOCUMENT_FILE_BYTES;
  if (sizeBytes > limitBytes) return { code: 'tooLarge', limitBytes };
  if (sizeBytes === 0) return { code: 'empty' };
  return null;
}

/** Turns a file's bytes into a document's text or an export's data, or says why not. */
export function readImportFile(fileName: string, bytes: Uint8Array, encodingOverride?: TextEncoding): FileReading {
  const early = checkFileBeforeReading(fileName, bytes.length);
  if (early) return refused(early);
  const kind = fileKindOf(fileName)!;
  if (looksBinary(bytes)) return refused({ code: 'binary' });

  const guess = detectEncoding(bytes);
  const encoding = encodingOverride ?? guess.encoding;
  const decoded = decodeText(bytes, encoding);
  if (!decoded.ok) return refused(decoded.problem === 'truncated' ? { code: 'truncated' } : { code: 'undecodable', encoding });
  if (hasControlCharacters(decoded.text)) return refused({ code: 'binary' });

  if (kind === 'export') {
    const reading = readExport(decoded.text);
    if (reading.ok) return { outcome: 'export', data: reading.data };
    return refused(exportProblem(reading));
  }
  const text = kind === 'markdown' ? markdownToText(decoded.text) : decoded.text.replace(/\r\n?/gu, '\n');
  if (text.trim() === '') return refused({ code: 'empty' });
  return { outcome: 'document', kind, text, encoding: { ...guess, encoding, overridden: encodingOverride !== undefined && encodingOverride !== guess.encoding } };
}

function exportProblem(reading: Exclude<ReturnType<typeof readExport>, { ok: true }>): ImportProblem {
  switch (reading.problem) {
    case 'notAnExport':
      return { code: 'notAnExport' };
    case 'newerVersion':
      return { code: 'newerVersion', version: reading.version };
    case 'invalidExport':
      return { code: 'invalidExport', errors: reading.errors };
    case 'malformedJson':
      return { code: 'malformedJson', detail: reading.detail };
  }
}

function refused(problem: ImportProblem): FileReading {
  return { outcome: 'refused', problem };
}

/** Signatures of formats people try to import by mistake: PDF, ZIP (docx, xlsx, epub), images, old Word. */
const BINARY_SIGNATURES: number[][] = [
  [0x25, 0x50, 0x44, 0x46],
  [0x50, 0x4b, 0x03, 0x04],
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0xd0, 0xcf, 0x11, 0xe0],
  [0x1f, 0x8b],
];

/** A known binary signature, or a NUL byte in a file that is not UTF-16. */
function looksBinary(bytes: Uint8Array): boolean {
  if (BINARY_SIGNATURES.some((signature) => signature.every((byte, index) => bytes[index] === byte))) return true;
  const guess = detectEncoding(bytes);
  if (guess.encoding === 'utf-16le' || guess.encoding === 'utf-16be') return false;
  return bytes.subarray(0, 64 * 1024).includes(0);
}

/** Text has tabs and line breaks; bytes read as text have other C0 controls too. A few are forgiven. */
function hasControlCharacters(text: string): boolean {
  const sample = text.slice(0, 64 * 1024);
  const controls = sample.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/gu)?.length ?? 0;
  return controls > Math.max(2, sample.length / 1000);
}
