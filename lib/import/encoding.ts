/** The encodings an imported text file may be in; the user can override the guess. */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1256'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

export interface EncodingGuess {
  encoding: TextEncoding;
  /** How the guess was made, for the options page to show («byte order mark», «valid UTF-8»). */
  evidence: 'bom' | 'utf16-pattern' | 'valid-utf8' | 'fallback';
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function isTextEncoding(value: unknown): value is TextEncoding {
  return typeof value === 'string' && (TEXT_ENCODINGS as readonly string[]).includes(value);
}

/**
 * Guesses a text file's encoding: a byte order mark decides; otherwise UTF-16 shows as one byte of each pair
 * being almost always 0x00 (ASCII) or 0x06 (the Arabic block); otherwise bytes that decode as UTF-8 are UTF-8
 * (windows-1256 Arabic is practically never valid UTF-8); what is left is taken as windows-1256.
 */
export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  if (startsWith(bytes, UTF8_BOM)) return { encoding: 'utf-8', evidence: 'bom' };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', evidence: 'bom' };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', evidence: 'bom' };
  const utf16 = utf16ByteOrder(bytes);
  if (utf16) return { encoding: utf16, evidence: 'utf16-pattern' };
  // A UTF-8 file cut inside its last letter is still UTF-8: decoding then reports it truncated.
  if (isValidUtf8(bytes) || endsInCutSequence(bytes)) return { encoding: 'utf-8', evidence: 'valid-utf8' };
  return { encoding: 'windows-1256', evidence: 'fallback' };
}

function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, 64 * 1024) / 2);
  if (pairs < 2) return null;
  let highEven = 0;
  let highOdd = 0;
  for (let index = 0; index < pairs; index++) {
    if (isLikelyHighByte(bytes[2 * index]!)) highEven++;
    if (isLikelyHighByte(bytes[2 * index + 1]!)) highOdd++;
  }
  const share = (count: number) => count / pairs;
  if (share(highOdd) > 0.6 && share(highEven) < 0.3) return 'utf-16le';
  if (share(highEven) > 0.6 && share(highOdd) < 0.3) return 'utf-16be';
  return null;
}

function isLikelyHighByte(byte: number): boolean {
  return byte === 0x00 || byte === 0x06;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: 'truncated' | 'undecodable' };

/**
 * Decodes in the given encoding, dropping a byte order mark. A file cut in the middle of a character (a
 * truncated download) is reported as such rather than decoded with a replacement character at its end.
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): DecodeResult {
  if ((encoding === 'utf-16le' || encoding === 'utf-16be') && bytes.length % 2 === 1) return { ok: false, problem: 'truncated' };
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    if (encoding === 'utf-8' && endsInCutSequence(bytes)) return { ok: false, problem: 'truncated' };
    if (encoding !== 'windows-1256') return { ok: false, problem: 'undecodable' };
    // Every byte has a meaning in windows-1256; a decoder that still refuses is a platform gap, not bad input.
    return { ok: true, text: new TextDecoder(encoding).decode(bytes) };
  }
}

/** True when the bytes are valid UTF-8 except for an incomplete sequence at the very end. */
function endsInCutSequence(bytes: Uint8Array): boolean {
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const lead = bytes[bytes.length - cut]!;
    if ((lead & 0xc0) === 0x80) continue;
    const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    return needed > cut && isValidUtf8(bytes.subarray(0, bytes.length - cut));
  }
  return false;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
