import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding, type TextEncoding } from './encoding';
import { encodeUtf16, encodeUtf8, encodeWindows1256 } from './testing/encode';

const NEWS = 'قال المتحدث باسم حركة حماس إن الوفد سيزور طهران الأسبوع المقبل، وفق ما نقلته وكالة الأنباء.\nوأضاف: «لا تعليق».';
const PLAIN_NEWS = NEWS.replace(/[«»]/gu, '"');

describe('detectEncoding and decodeText on real Arabic text', () => {
  const samples: { name: string; bytes: Uint8Array; text: string; encoding: TextEncoding; evidence: string }[] = [
    { name: 'UTF-8 with BOM', bytes: encodeUtf8(NEWS, true), text: NEWS, encoding: 'utf-8', evidence: 'bom' },
    { name: 'UTF-8 without BOM', bytes: encodeUtf8(NEWS, false), text: NEWS, encoding: 'utf-8', evidence: 'valid-utf8' },
    { name: 'UTF-16 LE with BOM', bytes: encodeUtf16(NEWS, 'le', true), text: NEWS, encoding: 'utf-16le', evidence: 'bom' },
    { name: 'UTF-16 BE with BOM', bytes: encodeUtf16(NEWS, 'be', true), text: NEWS, encoding: 'utf-16be', evidence: 'bom' },
    { name: 'UTF-16 LE without BOM', bytes: encodeUtf16(NEWS, 'le', false), text: NEWS, encoding: 'utf-16le', evidence: 'utf16-pattern' },
    { name: 'UTF-16 BE without BOM', bytes: encodeUtf16(NEWS, 'be', false), text: NEWS, encoding: 'utf-16be', evidence: 'utf16-pattern' },
    { name: 'windows-1256', bytes: encodeWindows1256(PLAIN_NEWS), text: PLAIN_NEWS, encoding: 'windows-1256', evidence: 'fallback' },
  ];

  it.each(samples)('$name: detected as $encoding and decoded to the same text', ({ bytes, text, encoding, evidence }) => {
    expect(detectEncoding(bytes)).toEqual({ encoding, evidence });
    expect(decodeText(bytes, encoding)).toEqual({ ok: true, text });
  });

  it('decodes the windows-1256 bytes of «العربية» as the code page publishes them', () => {
    const bytes = Uint8Array.from([0xc7, 0xe1, 0xda, 0xd1, 0xc8, 0xed, 0xc9]);
    expect(decodeText(bytes, 'windows-1256')).toEqual({ ok: true, text: 'العربية' });
  });

  it('reads English-only UTF-8 as UTF-8, not as UTF-16', () => {
    expect(detectEncoding(encodeUtf8('Plain English notes.\n', false)).encoding).toBe('utf-8');
  });

  it('obeys an override: UTF-8 bytes read as windows-1256 give other letters, not an error', () => {
    const utf8 = encodeUtf8('حماس', false);
    const asWindows = decodeText(utf8, 'windows-1256');
    expect(asWindows.ok && asWindows.text).not.toBe('حماس');
  });

  it('refuses windows-1256 bytes forced as UTF-8', () => {
    expect(decodeText(encodeWindows1256('حماس'), 'utf-8')).toEqual({ ok: false, problem: 'undecodable' });
  });

  it('calls a UTF-8 file cut inside a character truncated', () => {
    const whole = encodeUtf8('طهران', false);
    expect(decodeText(whole.subarray(0, whole.length - 1), 'utf-8')).toEqual({ ok: false, problem: 'truncated' });
  });

  it('calls a UTF-16 file with an odd number of bytes truncated', () => {
    const whole = encodeUtf16('طهران', 'le', true);
    expect(decodeText(whole.subarray(0, whole.length - 1), 'utf-16le')).toEqual({ ok: false, problem: 'truncated' });
  });
});
