import { boundedEditDistance } from './edit-distance';
import { compact } from './renumber';
import { indexKeys, reducedQueryKeys, stemKey } from './variants';

/** A vocabulary term a query word was matched to, and how good the match is (1 exact … 0 none). */
export interface TermMatch {
  term: string;
  quality: number;
  /** How the term was reached; decides nothing, but explains a result in tests and debugging. */
  via: 'exact' | 'stem' | 'suffix' | 'prefix' | 'fuzzy';
}

export interface ExpandOptions {
  /** Prefix and fuzzy matching cost a vocabulary walk; long pasted queries skip them. */
  approximate: boolean;
}

/** Plain-JSON form: postings are flat `[gap, tf, gap, tf, …]` with gaps between ascending item numbers. */
export interface SerialisedTokenIndex {
  terms: string[];
  postings: number[][];
  lengths: number[];
}

/** Vocabulary terms of one length, each with its letter mask. */
interface LengthBucket {
  terms: string[];
  masks: Int32Array;
}

/** One bit per letter (letters hashed onto 32 bits; a shared bit only weakens the bound, never breaks it). */
function letterMask(word: string): number {
  let mask = 0;
  for (let position = 0; position < word.length; position += 1) mask |= 1 << (word.charCodeAt(position) & 31);
  return mask;
}

function bitCount(value: number): number {
  let bits = value - ((value >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return (((bits + (bits >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const QUALITY = { exact: 1, stem: 0.95, suffix: 0.8, prefix: 0.7, fuzzy: 0.6 } as const;
const MIN_PREFIX_LENGTH = 3;
const MAX_PREFIX_TERMS = 60;
const MIN_FUZZY_LENGTH = 4;
const TWO_EDITS_FROM_LENGTH = 8;

/**
 * An inverted index from folded word keys (as written and clitic-stripped) to the items holding them, with
 * term frequencies. Items are numbered by the caller (passages, documents, entities) and added in ascending order;
 * removing some renumbers the rest (`renumber`).
 * It narrows a search to the items sharing a word with the query; scoring is the caller's business.
 */
export class TokenIndex {
  private readonly postingsByTerm = new Map<string, number[]>();
  /** Tokens per item, for length-aware scoring. */
  readonly lengths: number[] = [];
  private sortedTerms: string[] | null = null;
  private termsByLength: Map<number, LengthBucket> | null = null;

  get itemCount(): number {
    return this.lengths.length;
  }

  get termCount(): number {
    return this.postingsByTerm.size;
  }

  /** Indexes one item's word keys; `item` must be greater than every item added before. */
  add(item: number, keys: readonly string[]): void {
    const frequencies = new Map<string, number>();
    for (const key of keys) {
      for (const indexKey of indexKeys(key)) frequencies.set(indexKey, (frequencies.get(indexKey) ?? 0) + 1);
    }
    for (const [term, frequency] of frequencies) {
      let postings = this.postingsByTerm.get(term);
      if (!postings) {
        postings = [];
        this.postingsByTerm.set(term, postings);
        this.sortedTerms = null;
        this.termsByLength = null;
      }
      postings.push(item, frequency);
    }
    this.lengths[item] = keys.length;
  }

  /**
   * Forgets the items `newNumbers` maps to -1 and renumbers the rest to what it maps them to, which must keep
   * their order (postings stay ascending); it must map every item added. A term no item holds any longer leaves
   * the vocabulary, so prefix and fuzzy matching cannot reach it.
   */
  renumber(newNumbers: Int32Array): void {
    for (const [term, postings] of this.postingsByTerm) {
      let kept = 0;
      for (let position = 0; position < postings.length; position += 2) {
        const item = newNumbers[postings[position]!] ?? -1;
        if (item < 0) continue;
        postings[kept] = item;
        postings[kept + 1] = postings[position + 1]!;
        kept += 2;
      }
      if (kept > 0) postings.length = kept;
      else {
        this.postingsByTerm.delete(term);
        this.sortedTerms = null;
        this.termsByLength = null;
      }
    }
    compact(this.lengths, newNumbers);
  }

  /** Flat `[item, tf, item, tf, …]`, ascending by item. */
  postings(term: string): readonly number[] {
    return this.postingsByTerm.get(term) ?? [];
  }

  documentFrequency(term: string): number {
    return (this.postingsByTerm.get(term)?.length ?? 0) / 2;
  }

  has(term: string): boolean {
    return this.postingsByTerm.has(term);
  }

  /** The vocabulary terms a folded query word stands for, best first, one entry per term. */
  expand(key: string, { approximate }: ExpandOptions): TermMatch[] {
    const matches = new Map<string, TermMatch>();
    const offer = (term: string, quality: number, via: TermMatch['via']) => {
      const known = matches.get(term);
      if (!known || known.quality < quality) matches.set(term, { term, quality, via });
    };
    const stem = stemKey(key);
    if (this.has(key)) offer(key, QUALITY.exact, 'exact');
    if (stem !== key && this.has(stem)) offer(stem, QUALITY.stem, 'stem');
    for (const reduced of reducedQueryKeys(stem)) if (this.has(reduced)) offer(reduced, QUALITY.suffix, 'suffix');
    if (approximate) {
      if (stem.length >= MIN_PREFIX_LENGTH) {
        for (const term of this.termsStartingWith(stem)) {
          // A longer completion is a weaker match: «ايران» → «ايرانيين» less than → «ايراني».
          offer(term, QUALITY.prefix * Math.sqrt(stem.length / term.length), 'prefix');
        }
      }
      if (matches.size === 0 && stem.length >= MIN_FUZZY_LENGTH) {
        const maxEdits = stem.length >= TWO_EDITS_FROM_LENGTH ? 2 : 1;
        for (const term of this.termsNear(stem, maxEdits)) offer(term.term, QUALITY.fuzzy - 0.15 * (term.edits - 1), 'fuzzy');
      }
    }
    return [...matches.values()].sort((a, b) => b.quality - a.quality);
  }

  private termsStartingWith(prefix: string): string[] {
    const terms = this.vocabulary();
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (terms[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let index = low; index < terms.length && found.length < MAX_PREFIX_TERMS; index += 1) {
      const term = terms[index]!;
      if (!term.startsWith(prefix)) break;
      if (term !== prefix) found.push(term);
    }
    return found;
  }

  private termsNear(key: string, maxEdits: number): { term: string; edits: number }[] {
    const byLength = this.lengthBuckets();
    const keyMask = letterMask(key);
    const near: { term: string; edits: number }[] = [];
    for (let length = key.length - maxEdits; length <= key.length + maxEdits; length += 1) {
      const bucket = byLength.get(length);
      if (!bucket) continue;
      bucket.terms.forEach((term, position) => {
        // Each letter one word has and the other lacks costs an edit: a cheap bound before the full distance.
        const termMask = bucket.masks[position]!;
        if (bitCount(keyMask & ~termMask) > maxEdits || bitCount(termMask & ~keyMask) > maxEdits) return;
        const edits = boundedEditDistance(key, term, maxEdits);
        if (edits <= maxEdits && edits > 0) near.push({ term, edits });
      });
    }
    return near;
  }

  private vocabulary(): string[] {
    this.sortedTerms ??= [...this.postingsByTerm.keys()].sort();
    return this.sortedTerms;
  }

  private lengthBuckets(): Map<number, LengthBucket> {
    if (!this.termsByLength) {
      const grouped = new Map<number, string[]>();
      for (const term of this.postingsByTerm.keys()) {
        const bucket = grouped.get(term.length);
        if (bucket) bucket.push(term);
        else grouped.set(term.length, [term]);
      }
      this.termsByLength = new Map([...grouped].map(([length, terms]) => [length, { terms, masks: Int32Array.from(terms, letterMask) }]));
    }
    return this.termsByLength;
  }

  toJSON(): SerialisedTokenIndex {
    const terms: string[] = [];
    const postings: number[][] = [];
    for (const [term, flat] of this.postingsByTerm) {
      const encoded: number[] = [];
      let previous = 0;
      for (let index = 0; index < flat.length; index += 2) {
        encoded.push(flat[index]! - previous, flat[index + 1]!);
        previous = flat[index]!;
      }
      terms.push(term);
      postings.push(encoded);
    }
    return { terms, postings, lengths: [...this.lengths] };
  }

  static fromJSON(data: SerialisedTokenIndex): TokenIndex {
    const index = new TokenIndex();
    data.terms.forEach((term, termIndex) => {
      const encoded = data.postings[termIndex] ?? [];
      const flat = new Array<number>(encoded.length);
      let previous = 0;
      for (let position = 0; position < encoded.length; position += 2) {
        previous += encoded[position]!;
        flat[position] = previous;
        flat[position + 1] = encoded[position + 1]!;
      }
      index.postingsByTerm.set(term, flat);
    });
    index.lengths.push(...data.lengths);
    return index;
  }
}
