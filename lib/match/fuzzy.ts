import * as keyTable from './key-table';
import { HashMultimap, KeyTable, prefixHashes } from './key-table';

// Module-local handles: a transpiled import is a property getter.
const { joinHashes, spanHash } = keyTable;

/** A surface form typos may reach: its normal form without the article, and what a hit stands for. */
export interface FuzzyKey {
  core: string;
  form: number;
  /** The form carries the article (السعودية): a typo of it must carry one too. */
  needsArticle: boolean;
  /** A nisba stem: the article is optional. */
  nisba: boolean;
}

/** Names shorter than this are never matched with a typo: too many real words lie one edit away. */
export const FUZZY_MIN_NAME = 6;
// The filter in `mayMatch` relies on keys of at least six letters.
export const FUZZY_MIN_NISBA = 7;

/**
 * A precomputed deletion index (symmetric delete): every key and every key with one letter deleted, by hash.
 * A word is within one edit (insertion, deletion, substitution, adjacent transposition) of a key exactly when
 * the word or one of its deletions meets the key or one of its deletions; hits are then checked for real.
 * A filter on the word's ends turns nearly every word away before any hashing (see `mayMatch`).
 */
export class FuzzyIndex {
  private readonly variants: HashMultimap;
  /** Per letter pair (`pairIndex`): 1 when some key begins with it. */
  private readonly firstPairs = new Uint8Array(1 << 12);
  /**
   * The keys' end signatures (`END_*` bits), each at its own hashed 12-bit index: 4 KB, always in cache. A
   * handful of keys set a few dozen of 4096 slots, so a word that shares no end with any key is rarely let through.
   */
  private readonly ends = new Uint8Array(1 << 12);
  readonly minLength: number;
  readonly maxLength: number;
  private readonly coreCodes: readonly Uint16Array[];
  private readonly notTypos: KeyTable;

  /** `notTypos`: ordinary words (normal form, no article) a key lies one edit from, never read as its typo. */
  constructor(
    readonly keys: readonly FuzzyKey[],
    notTypos: readonly string[] = [],
  ) {
    this.notTypos = new KeyTable(notTypos);
    const entries: [number, number][] = [];
    let minLength = Number.MAX_SAFE_INTEGER;
    let maxLength = 0;
    this.coreCodes = keys.map((key) => Uint16Array.from(key.core, (letter) => letter.charCodeAt(0)));
    const prefix = new Int32Array(Math.max(0, ...keys.map((key) => key.core.length)) + 1);
    this.coreCodes.forEach((codes, number) => {
      const size = codes.length;
      // The key and each of its one-letter deletions, hashed from its prefix hashes: no string is built.
      prefixHashes(codes, size, prefix);
      entries.push([spanHash(prefix, 0, size), number]);
      for (let skip = 0; skip < size; skip++) entries.push([joinHashes(spanHash(prefix, 0, skip), spanHash(prefix, skip + 1, size), size - skip - 1), number]);
      this.firstPairs[pairIndex(codes[0]!, codes[1]!)] = 1;
      this.ends[firstTripleSlot(codes, 0)]! |= END_FIRST_TRIPLE;
      this.ends[lastTripleSlot(codes, size)]! |= END_LAST_TRIPLE;
      this.ends[outerPairsSlot(codes, 0, size)]! |= END_OUTER_PAIRS;
      minLength = Math.min(minLength, size - 1);
      maxLength = Math.max(maxLength, size + 1);
    });
    this.variants = new HashMultimap(entries);
    this.minLength = keys.length > 0 ? minLength : Number.MAX_SAFE_INTEGER;
    this.maxLength = maxLength;
  }

  /**
   * Whether some reading of the word `codes[0 .. length)` (its first letters taken off as clitics, up to four)
   * may lie within one edit of a key: `mayMatch` for every reading at once, asked before any reading is made.
   * Its end is the same for every reading; its start is one of the first five letters. A first pair alone let
   * through three times as many words as the pair with its triple or outer pairs (524 against 163 of the bench
   * article's 1,333 words of typo length), and each of those was read in full.
   */
  mayMatchWord(codes: ArrayLike<number>, length: number): boolean {
    if (this.endsLikeKey(codes, length)) return true;
    const lastStart = Math.min(4, length - this.minLength);
    for (let from = 0; from <= lastStart; from++) if (length - from <= this.maxLength && this.beginsLikeKey(codes, from, length)) return true;
    return false;
  }

  /**
   * Whether some key may lie within one edit of `codes[from .. to)`. Keys have at least six letters, so one
   * edit leaves intact the last three letters (an edit at 0–2), or the first three (an edit in the last three),
   * or else both the first two and the last two: a word within one edit of a key shares one of those with it.
   * The first pair is read first: most words begin like no key, and then only the last three letters can agree.
   */
  mayMatch(codes: ArrayLike<number>, from: number, to: number): boolean {
    const length = to - from;
    if (length < this.minLength || length > this.maxLength) return false;
    return this.beginsLikeKey(codes, from, to) || this.endsLikeKey(codes, to);
  }

  /** `codes[from .. to)` begins with a key's first pair and has its first triple or its outer pairs. */
  private beginsLikeKey(codes: ArrayLike<number>, from: number, to: number): boolean {
    if (this.firstPairs[pairIndex(codes[from]!, codes[from + 1]!)] !== 1) return false;
    return (this.ends[firstTripleSlot(codes, from)]! & END_FIRST_TRIPLE) !== 0 || (this.ends[outerPairsSlot(codes, from, to)]! & END_OUTER_PAIRS) !== 0;
  }

  /** The text before `to` ends with a key's last three letters. */
  private endsLikeKey(codes: ArrayLike<number>, to: number): boolean {
    return (this.ends[lastTripleSlot(codes, to)]! & END_LAST_TRIPLE) !== 0;
  }

  /**
   * The first key (in catalogue order) within one edit of `codes[from .. to)`, whose prefix hashes are in
   * `prefix`, or -1. `hasArticle`: the word carried the article, which a name's typo must match.
   */
  find(codes: ArrayLike<number>, prefix: Int32Array, from: number, to: number, hasArticle: boolean): number {
    if (!this.mayMatch(codes, from, to)) return -1;
    const wordHash = spanHash(prefix, from, to);
    if (this.notTypos.find(wordHash, codes, from, to, -1) !== -1) return -1;
    let best = this.bestUnder(wordHash, codes, from, to, hasArticle, -1);
    for (let skip = from; skip < to; skip++) {
      // The word without its letter at `skip`, hashed from the prefix hashes of the two halves.
      const hash = joinHashes(spanHash(prefix, from, skip), spanHash(prefix, skip + 1, to), to - skip - 1);
      best = this.bestUnder(hash, codes, from, to, hasArticle, best);
    }
    return best;
  }

  private bestUnder(hash: number, codes: ArrayLike<number>, from: number, to: number, hasArticle: boolean, best: number): number {
    let found = best;
    for (let cursor = this.variants.first(hash); cursor !== -1; cursor = this.variants.following(hash, cursor)) {
      const number = this.variants.valueAt(cursor);
      if (found !== -1 && found <= number) continue;
      const key = this.keys[number]!;
      if ((key.nisba || key.needsArticle === hasArticle) && withinOneEdit(codes, from, to, this.coreCodes[number]!)) found = number;
    }
    return found;
  }
}

function pairIndex(first: number, second: number): number {
  return ((first & 63) << 6) | (second & 63);
}

/** `FuzzyIndex.ends` bits: a key begins with these three letters; ends with them; begins and ends with these two. */
const END_FIRST_TRIPLE = 1;
const END_LAST_TRIPLE = 2;
const END_OUTER_PAIRS = 4;

/** A 12-bit slot for up to four letters (the low six bits of each, mixed: the Arabic letters U+0621–U+064A stay apart). */
function slotOf(first: number, second: number, third: number, fourth: number): number {
  const letters = ((first & 63) << 18) | ((second & 63) << 12) | ((third & 63) << 6) | (fourth & 63);
  return Math.imul(letters, 0x9e3779b1) >>> 20;
}

function firstTripleSlot(codes: ArrayLike<number>, from: number): number {
  return slotOf(codes[from]!, codes[from + 1]!, codes[from + 2]!, 0);
}

function lastTripleSlot(codes: ArrayLike<number>, to: number): number {
  return slotOf(0, codes[to - 3]!, codes[to - 2]!, codes[to - 1]!);
}

function outerPairsSlot(codes: ArrayLike<number>, from: number, to: number): number {
  return slotOf(codes[from]!, codes[from + 1]!, codes[to - 2]!, codes[to - 1]!);
}

/** Optimal string alignment distance ≤ 1 between `codes[from .. to)` and `key`, without allocating. */
export function withinOneEdit(codes: ArrayLike<number>, from: number, to: number, key: ArrayLike<number>): boolean {
  const length = to - from;
  const keyLength = key.length;
  if (Math.abs(length - keyLength) > 1) return false;
  let head = 0;
  while (head < length && head < keyLength && codes[from + head] === key[head]) head++;
  if (head === length && head === keyLength) return true;
  if (length === keyLength) {
    // One substitution, or two neighbours swapped.
    if (sameTail(codes, from + head + 1, to, key, head + 1)) return true;
    return head + 1 < length && codes[from + head] === key[head + 1] && codes[from + head + 1] === key[head] && sameTail(codes, from + head + 2, to, key, head + 2);
  }
  if (length > keyLength) return sameTail(codes, from + head + 1, to, key, head);
  return sameTail(codes, from + head, to, key, head + 1);
}

function sameTail(codes: ArrayLike<number>, from: number, to: number, key: ArrayLike<number>, keyFrom: number): boolean {
  if (to - from !== key.length - keyFrom) return false;
  for (let index = 0; index < to - from; index++) if (codes[from + index] !== key[keyFrom + index]) return false;
  return true;
}
