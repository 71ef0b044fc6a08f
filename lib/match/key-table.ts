/**
 * Polynomial hashes over char codes and an open-addressing table of code sequences: the scanner hashes a word
 * once (prefix hashes), then asks about any sub-span — the word without its clitics, without its ending — in
 * O(1) each, without building a string. 32-bit arithmetic wraps consistently, so sub-span hashes are exact.
 */

export const HASH_BASE = 0x01000193;
/**
 * Hashes handed from function to function keep 30 bits: V8 passes such integers untagged, while a full 32-bit
 * value would be boxed on the heap for every word. Arithmetic mod 2^32 stays exact mod 2^30.
 */
const HASH_MASK = 0x3fffffff;
/** Longest word the scanner analyses; longer runs of letters cannot hold a surface form. */
export const MAX_WORD = 48;

/** `HASH_POWERS[n]` = HASH_BASE ** n (mod 2^32). */
export const HASH_POWERS = new Int32Array(MAX_WORD + 2);
HASH_POWERS[0] = 1;
for (let power = 1; power < HASH_POWERS.length; power++) HASH_POWERS[power] = Math.imul(HASH_POWERS[power - 1]!, HASH_BASE);

export function hashCodes(codes: ArrayLike<number>, from: number, to: number): number {
  let hash = 0;
  for (let index = from; index < to; index++) hash = (Math.imul(hash, HASH_BASE) + codes[index]!) | 0;
  return hash & HASH_MASK;
}

export function hashString(text: string): number {
  let hash = 0;
  for (let index = 0; index < text.length; index++) hash = (Math.imul(hash, HASH_BASE) + text.charCodeAt(index)) | 0;
  return hash & HASH_MASK;
}

/** Fills `prefix[i]` with the hash of `codes[0 .. i)`. */
export function prefixHashes(codes: ArrayLike<number>, length: number, prefix: Int32Array): void {
  let hash = 0;
  prefix[0] = 0;
  for (let index = 0; index < length; index++) {
    hash = (Math.imul(hash, HASH_BASE) + codes[index]!) | 0;
    prefix[index + 1] = hash;
  }
}

/** The hash of `codes[from .. to)` from the prefix hashes. */
export function spanHash(prefix: Int32Array, from: number, to: number): number {
  return (prefix[to]! - Math.imul(prefix[from]!, HASH_POWERS[to - from]!)) & HASH_MASK;
}

/** The hash of `lead` followed by a span whose hash is `restHash` and length `restLength`. */
export function withLead(lead: number, restHash: number, restLength: number): number {
  return (Math.imul(lead, HASH_POWERS[restLength]!) + restHash) & HASH_MASK;
}

/** The hash of two spans joined, from their hashes and the second one's length. */
export function joinHashes(left: number, right: number, rightLength: number): number {
  return (Math.imul(left, HASH_POWERS[rightLength]!) + right) & HASH_MASK;
}

/** A 12-bit index for two letters (the low six bits of each: the Arabic letters U+0621–U+064A stay apart). */
export function pairIndex(first: number, second: number): number {
  return ((first & 63) << 6) | (second & 63);
}

/** An 18-bit index for three letters, as `pairIndex`. */
export function tripleIndex(first: number, second: number, third: number): number {
  return ((first & 63) << 12) | ((second & 63) << 6) | (third & 63);
}

function slotOf(hash: number, mask: number): number {
  return (hash ^ (hash >>> 15) ^ (hash >>> 27)) & mask;
}

/** A set of strings, each with a number; asked with a hash and the codes it was computed from. */
export class KeyTable {
  readonly size: number;
  private readonly hashes: Int32Array;
  /** Key number + 1; 0 marks an empty slot. */
  private readonly slots: Int32Array;
  private readonly pool: Uint16Array;
  private readonly offsets: Int32Array;
  readonly minLength: number;
  readonly maxLength: number;

  constructor(readonly keys: readonly string[]) {
    this.size = keys.length;
    let capacity = 16;
    while (capacity < keys.length * 3) capacity *= 2;
    this.hashes = new Int32Array(capacity);
    this.slots = new Int32Array(capacity);
    this.offsets = new Int32Array(keys.length + 1);
    let total = 0;
    for (const key of keys) total += key.length;
    this.pool = new Uint16Array(total);
    let offset = 0;
    let minLength = Number.MAX_SAFE_INTEGER;
    let maxLength = 0;
    keys.forEach((key, number) => {
      this.offsets[number] = offset;
      for (let index = 0; index < key.length; index++) this.pool[offset++] = key.charCodeAt(index);
      minLength = Math.min(minLength, key.length);
      maxLength = Math.max(maxLength, key.length);
      const hash = hashString(key);
      let slot = slotOf(hash, capacity - 1);
      while (this.slots[slot] !== 0) slot = (slot + 1) & (capacity - 1);
      this.hashes[slot] = hash;
      this.slots[slot] = number + 1;
    });
    this.offsets[keys.length] = offset;
    this.minLength = keys.length > 0 ? minLength : 0;
    this.maxLength = maxLength;
  }

  /**
   * The number of the key equal to `lead` (when not -1) followed by `codes[from .. to)`, or -1. `hash` must
   * be that string's hash.
   */
  find(hash: number, codes: ArrayLike<number>, from: number, to: number, lead: number): number {
    const mask = this.slots.length - 1;
    const length = to - from + (lead === -1 ? 0 : 1);
    let slot = slotOf(hash, mask);
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) return -1;
      if (this.hashes[slot] === hash && this.equals(entry - 1, codes, from, to, lead, length)) return entry - 1;
      slot = (slot + 1) & mask;
    }
  }

  findString(key: string): number {
    const codes = Array.from(key, (letter) => letter.charCodeAt(0));
    return this.find(hashString(key), codes, 0, codes.length, -1);
  }

  private equals(number: number, codes: ArrayLike<number>, from: number, to: number, lead: number, length: number): boolean {
    let offset = this.offsets[number]!;
    if (this.offsets[number + 1]! - offset !== length) return false;
    if (lead !== -1 && this.pool[offset++] !== lead) return false;
    for (let index = from; index < to; index++) if (this.pool[offset++] !== codes[index]) return false;
    return true;
  }
}

/** A multimap from hash to numbers, unverified: callers check candidates themselves (fuzzy lookups). */
export class HashMultimap {
  private readonly hashes: Int32Array;
  private readonly slots: Int32Array;

  constructor(entries: readonly (readonly [hash: number, value: number])[]) {
    let capacity = 16;
    while (capacity < entries.length * 3) capacity *= 2;
    this.hashes = new Int32Array(capacity);
    this.slots = new Int32Array(capacity);
    for (const [hash, value] of entries) {
      let slot = slotOf(hash, capacity - 1);
      while (this.slots[slot] !== 0) {
        if (this.hashes[slot] === hash && this.slots[slot] === value + 1) break;
        slot = (slot + 1) & (capacity - 1);
      }
      this.hashes[slot] = hash;
      this.slots[slot] = value + 1;
    }
  }

  /** A cursor on the first value stored under `hash`, or -1; walk on with `following`. */
  first(hash: number): number {
    return this.seek(hash, slotOf(hash, this.slots.length - 1));
  }

  following(hash: number, cursor: number): number {
    return this.seek(hash, (cursor + 1) & (this.slots.length - 1));
  }

  valueAt(cursor: number): number {
    return this.slots[cursor]! - 1;
  }

  private seek(hash: number, from: number): number {
    const mask = this.slots.length - 1;
    let slot = from;
    for (;;) {
      if (this.slots[slot] === 0) return -1;
      if (this.hashes[slot] === hash) return slot;
      slot = (slot + 1) & mask;
    }
  }

  has(hash: number): boolean {
    const mask = this.slots.length - 1;
    let slot = slotOf(hash, mask);
    for (;;) {
      const entry = this.slots[slot]!;
      if (entry === 0) return false;
      if (this.hashes[slot] === hash) return true;
      slot = (slot + 1) & mask;
    }
  }
}

/**
 * A Bloom filter of key shapes — first three letters, last two, length — in 2^18 bits: a span whose shape is
 * absent cannot be a key, so nearly every word of a page is turned away before any hashing or probing.
 */
export class KeyShapes {
  private readonly bits = new Uint32Array(1 << 13);

  add(key: string): void {
    if (scratch.length < key.length) scratch = new Uint16Array(key.length * 2);
    for (let index = 0; index < key.length; index++) scratch[index] = key.charCodeAt(index);
    const index = shapeIndex(scratch, 0, key.length);
    this.bits[index >>> 5]! |= 1 << (index & 31);
  }

  /** Whether `codes[from .. to)` may be a key. */
  has(codes: ArrayLike<number>, from: number, to: number): boolean {
    const index = shapeIndex(codes, from, to);
    return (this.bits[index >>> 5]! & (1 << (index & 31))) !== 0;
  }
}

/** A key's codes while its shape is taken (`KeyShapes.add`), reused. */
let scratch = new Uint16Array(64);

function shapeIndex(codes: ArrayLike<number>, from: number, to: number): number {
  const length = to - from;
  const third = length > 2 ? codes[from + 2]! : 0;
  let mixed = Math.imul(codes[from]! ^ (codes[from + 1]! << 11) ^ (third << 22), 0x9e3779b1);
  mixed = Math.imul(mixed ^ codes[to - 2]! ^ (codes[to - 1]! << 11) ^ (length << 24), 0x85ebca6b);
  return (mixed ^ (mixed >>> 15)) & 0x3ffff;
}
