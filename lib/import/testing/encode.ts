/**
 * Encoders for test samples, written from the published code pages rather than derived from the decoders the
 * code under test uses, so a test proves the decoding, not a round trip through the same table.
 */
const WINDOWS_1256_ARABIC: Record<string, number> = {
  '،': 0xa1, '؛': 0xba, '؟': 0xbf, 'ء': 0xc1, 'آ': 0xc2, 'أ': 0xc3, 'ؤ': 0xc4, 'إ': 0xc5, 'ئ': 0xc6, 'ا': 0xc7,
  'ب': 0xc8, 'ة': 0xc9, 'ت': 0xca, 'ث': 0xcb, 'ج': 0xcc, 'ح': 0xcd, 'خ': 0xce, 'د': 0xcf, 'ذ': 0xd0, 'ر': 0xd1,
  'ز': 0xd2, 'س': 0xd3, 'ش': 0xd4, 'ص': 0xd5, 'ض': 0xd6, 'ط': 0xd8, 'ظ': 0xd9, 'ع': 0xda, 'غ': 0xdb, 'ـ': 0xdc,
  'ف': 0xdd, 'ق': 0xde, 'ك': 0xdf, 'ل': 0xe1, 'م': 0xe3, 'ن': 0xe4, 'ه': 0xe5, 'و': 0xe6, 'ى': 0xec, 'ي': 0xed,
  'ً': 0xf0, 'ٌ': 0xf1, 'ٍ': 0xf2, 'َ': 0xf3, 'ُ': 0xf5, 'ِ': 0xf6, 'ّ': 0xf8, 'ْ': 0xfa,
};

export function encodeWindows1256(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x80) return code;
    const byte = WINDOWS_1256_ARABIC[char];
    if (byte === undefined) throw new Error(`No windows-1256 byte for ${char} (U+${code.toString(16)})`);
    return byte;
  });
}

export function encodeUtf16(text: string, order: 'le' | 'be', withBom: boolean): Uint8Array {
  const full = (withBom ? '\uFEFF' : '') + text;
  const units = Array.from({ length: full.length }, (_, index) => full.charCodeAt(index));
  const bytes = new Uint8Array(units.length * 2);
  units.forEach((unit, index) => {
    const [high, low] = [unit >> 8, unit & 0xff];
    bytes[2 * index] = order === 'le' ? low : high;
    bytes[2 * index + 1] = order === 'le' ? high : low;
  });
  return bytes;
}

export function encodeUtf8(text: string, withBom: boolean): Uint8Array {
  const body = new TextEncoder().encode(text);
  return withBom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) : body;
}
