/**
 * A fingerprint of a text for duplicate detection: whitespace runs count as one space and the ends are trimmed,
 * so the same article saved twice with different line endings is one document. A 53-bit hash plus the length
 * makes a collision between two real documents negligible; it is not a security measure.
 */
export function contentHash(text: string): string {
  const folded = text.replace(/\s+/gu, ' ').trim();
  return `${folded.length.toString(36)}-${hash53(folded).toString(36)}`;
}

/** A 53-bit hash of a string (cyrb53): fast, and collisions between two real texts are negligible. */
export function hash53(text: string): number {
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 2654435761);
    second = Math.imul(second ^ code, 1597334677);
  }
  first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
  second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
  return 4294967296 * (2097151 & second) + (first >>> 0);
}
