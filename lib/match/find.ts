import * as clitics from '../arabic/clitics';
import { WordScanner } from '../arabic/tokenize';
import * as candidateInfo from './candidates';
import { Candidates } from './candidates';
import * as compiled from './compile';
import type { Matcher } from './compile';
import { ContextJudge } from './context';
import * as keyTable from './key-table';
import { labelMention } from './labels';
import type { Mention } from './types';

// Module-local handles: a transpiled import is a property getter, too slow for a per-word loop.
const { nisbaEndingLengths, procliticReadings, pronounSuffixLengths, startsWithArticle } = clitics;
const { MAX_WORD, hashCodes, pairIndex, prefixHashes, tripleIndex, withLead } = keyTable;
const { CHILD_STRIDE, KEY_ELIDED, KEY_FORM, KEY_NISBA, KEY_PRONOUN, MIN_KEY } = compiled;
const { FLAG_ELIDED, FLAG_FUZZY, FLAG_NISBA, FLAG_PRONOUN, FLAG_SHADDA, packInfo, withWords, wordsOf } = candidateInfo;

const LAM = 'ل'.charCodeAt(0);
const ALEF = 'ا'.charCodeAt(0);
const OPEN_LIMIT = 64;

/**
 * One pass over a text: every word is hashed once and asked, through its possible clitics and endings, whether
 * it begins a surface form or is a nisba of one; multi-word forms advance word by word through the trie.
 * Scratch state lives here, so a scan allocates nothing for words that name nothing.
 */
class Scan {
  readonly candidates = new Candidates();
  private readonly prefix = new Int32Array(MAX_WORD + 1);
  private readonly readings = new Int32Array(4);
  /** How many of `readings` the current word's `readFirstWord` filled in, or -1 when its gates turned it away first. */
  private readingCount = -1;
  private readonly nisbaEnds = new Int32Array(16);
  private readonly pronounEnds = new Int32Array(16);
  // Multi-word forms read up to the previous word (double-buffered): trie node, start, info, proclitic.
  private openNode = new Int32Array(OPEN_LIMIT);
  private openStart = new Int32Array(OPEN_LIMIT);
  private openInfo = new Int32Array(OPEN_LIMIT);
  private openProclitic = new Int32Array(OPEN_LIMIT);
  private openCount = 0;
  private nextNode = new Int32Array(OPEN_LIMIT);
  private nextStart = new Int32Array(OPEN_LIMIT);
  private nextInfo = new Int32Array(OPEN_LIMIT);
  private nextProclitic = new Int32Array(OPEN_LIMIT);
  private nextCount = 0;
  private matcher!: Matcher;
  private scanner = new WordScanner('');

  run(matcher: Matcher, text: string): Candidates {
    this.matcher = matcher;
    this.candidates.clear();
    this.openCount = 0;
    const scanner = this.scanner.reset(text, 0);
    const minWord = matcher.minWord;
    const tailTriples = matcher.tailTriples;
    // Readings take off at most two proclitic and two article letters before the length test of `mayMatch`.
    const fuzzy = matcher.fuzzy;
    const typoMinLength = fuzzy.minLength;
    const typoMaxLength = fuzzy.maxLength + 4;
    const candidates = this.candidates;
    while (scanner.next()) {
      const length = scanner.length;
      if (!scanner.isArabic || length < minWord || length > MAX_WORD) {
        this.openCount = 0;
        continue;
      }
      const codes = scanner.codes;
      this.nextCount = 0;
      if (this.openCount !== 0 && !scanner.breakBefore) this.extend(scanner);
      this.readingCount = -1;
      let named = false;
      // Most words fail these gates; testing them here spares those words two calls.
      if (length <= 2 || endsLikeKey(tailTriples, codes, length)) {
        const before = candidates.count;
        this.readFirstWord(scanner);
        named = candidates.count !== before;
      }
      if (this.nextCount !== 0) {
        named = true;
        this.swapOpen();
      } else {
        this.openCount = 0;
      }
      if (!named && length >= typoMinLength && length <= typoMaxLength && fuzzy.mayMatchWord(codes, length)) this.readTypo(scanner);
    }
    this.scanner.reset('', 0);
    return this.candidates;
  }

  /** The forms opened on the current word become the open ones; only called when there are some. */
  private swapOpen(): void {
    this.openCount = this.nextCount;
    let swap = this.openNode;
    this.openNode = this.nextNode;
    this.nextNode = swap;
    swap = this.openStart;
    this.openStart = this.nextStart;
    this.nextStart = swap;
    swap = this.openInfo;
    this.openInfo = this.nextInfo;
    this.nextInfo = swap;
    swap = this.openProclitic;
    this.openProclitic = this.nextProclitic;
    this.nextProclitic = swap;
  }

  private open(node: number, start: number, info: number, proclitic: number): void {
    if (this.nextCount === OPEN_LIMIT) return;
    const index = this.nextCount++;
    this.nextNode[index] = node;
    this.nextStart[index] = start;
    this.nextInfo[index] = info;
    this.nextProclitic[index] = proclitic;
  }

  /** Carries open multi-word forms over the current word. */
  private extend(scanner: WordScanner): void {
    const matcher = this.matcher;
    const { codes, length } = scanner;
    if (!matcher.wordShapes.has(codes, 0, length)) return;
    const word = matcher.words.find(hashCodes(codes, 0, length), codes, 0, length, -1);
    if (word === -1) return;
    for (let index = 0; index < this.openCount; index++) {
      const node = matcher.children.get(this.openNode[index]! * CHILD_STRIDE + word);
      if (node === undefined) continue;
      let info = withWords(this.openInfo[index]!, wordsOf(this.openInfo[index]!) + 1);
      if (scanner.shaddaMask !== 0) info |= FLAG_SHADDA;
      const form = matcher.terminal[node]!;
      if (form !== -1) this.candidates.push(this.openStart[index]!, scanner.end, form, info, this.openProclitic[index]!);
      if (matcher.hasChildren[node] === 1) this.open(node, this.openStart[index]!, info, this.openProclitic[index]!);
    }
  }

  /**
   * The word's last letters decide, once, which kinds of key it may end in: the whole word (a surface form,
   * or one with its article's alef elided), the word before a nisba ending, the word before a pronoun. Only
   * those spans whose first letters some key of the kind also has are hashed and looked up. Only called for
   * words of up to two letters or that `endsLikeKey`.
   */
  private readFirstWord(scanner: WordScanner): void {
    const matcher = this.matcher;
    const { codes, length } = scanner;
    const tail = matcher.tailPairs[pairIndex(codes[length - 2]!, codes[length - 1]!)]!;
    if (tail === 0) return;
    const startPairs = matcher.startPairs;
    const wholeEnds = (tail & KEY_FORM) !== 0;
    const nisbaCount = (tail & KEY_NISBA) === 0 ? 0 : this.endingsOf(nisbaEndingLengths(codes, 0, length, this.nisbaEnds), this.nisbaEnds, codes, length, KEY_NISBA);
    const pronounCount =
      (tail & KEY_PRONOUN) === 0 ? 0 : this.endingsOf(pronounSuffixLengths(codes, 0, length, this.pronounEnds), this.pronounEnds, codes, length, KEY_PRONOUN);
    if (!wholeEnds && nisbaCount === 0 && pronounCount === 0) return;
    const first = matcher.first;
    const shapes = matcher.keyShapes;
    const count = procliticReadings(codes, length, this.readings);
    this.readingCount = count;
    for (let reading = 0; reading < count; reading++) {
      const from = this.readings[reading]! >> 1;
      if (length - from < MIN_KEY) continue;
      const afterLam = (this.readings[reading]! & 1) === 1 && codes[from] === LAM;
      if (nisbaCount !== 0) {
        const article = startsWithArticle(codes, from, length) ? 2 : 0;
        this.readNisba(scanner, from, article, nisbaCount);
        if (afterLam) this.readNisba(scanner, from, 1, nisbaCount);
      }
      const starts = startPairs[pairIndex(codes[from]!, codes[from + 1]!)]!;
      if (wholeEnds) {
        if ((starts & KEY_FORM) !== 0 && shapes.has(codes, from, length)) {
          const key = first.find(hashCodes(codes, from, length), codes, from, length, -1);
          if (key !== -1 && matcher.firstNode[key] !== -1) this.startForm(scanner, key, from, 0, length);
        }
        // للعراق: the rest, لعراق, is the surface form العراق without its alef.
        if (afterLam && (starts & KEY_ELIDED) !== 0 && length - from > MIN_KEY && shapes.has(codes, from, length)) {
          const key = first.find(withLead(ALEF, hashCodes(codes, from, length), length - from), codes, from, length, ALEF);
          if (key !== -1 && matcher.firstNode[key] !== -1) this.startForm(scanner, key, from, FLAG_ELIDED, length);
        }
      }
      if (pronounCount !== 0 && (starts & KEY_PRONOUN) !== 0) {
        for (let suffix = 0; suffix < pronounCount; suffix++) {
          const to = length - this.pronounEnds[suffix]!;
          if (to - from < MIN_KEY || !shapes.has(codes, from, to)) continue;
          const key = first.find(hashCodes(codes, from, to), codes, from, to, -1);
          if (key !== -1 && matcher.firstTakesPronouns[key] === 1) {
            const form = matcher.terminal[matcher.firstNode[key]!]!;
            this.push(scanner, form, from, FLAG_PRONOUN | shaddaFlag(scanner.shaddaMask, from, to), 0);
          }
        }
      }
    }
  }

  /** Keeps, in order, the ending lengths in `ends[0 .. count)` that leave a span some key of `kind` ends like. */
  private endingsOf(count: number, ends: Int32Array, codes: Uint16Array, length: number, kind: number): number {
    const endPairs = this.matcher.endPairs;
    let kept = 0;
    for (let ending = 0; ending < count; ending++) {
      const to = length - ends[ending]!;
      if ((endPairs[pairIndex(codes[to - 2]!, codes[to - 1]!)]! & kind) !== 0) ends[kept++] = ends[ending]!;
    }
    return kept;
  }

  private startForm(scanner: WordScanner, key: number, from: number, flags: number, to: number): void {
    const matcher = this.matcher;
    const node = matcher.firstNode[key]!;
    const info = packInfo(flags | shaddaFlag(scanner.shaddaMask, from, to), flags === FLAG_ELIDED ? 1 : 0, from, 1);
    const proclitic = procliticCodes(scanner.codes, from);
    const form = matcher.terminal[node]!;
    if (form !== -1) this.candidates.push(scanner.start, scanner.end, form, info, proclitic);
    if (matcher.hasChildren[node] === 1) this.open(node, scanner.start, info, proclitic);
  }

  /** Nisba readings of the word from `from + article` on, before the endings kept in `nisbaEnds[0 .. count)`. */
  private readNisba(scanner: WordScanner, from: number, article: number, count: number): void {
    const matcher = this.matcher;
    const { codes } = scanner;
    const length = scanner.length;
    const baseFrom = from + article;
    let starts = -1;
    for (let ending = 0; ending < count; ending++) {
      const to = length - this.nisbaEnds[ending]!;
      if (to - baseFrom < MIN_KEY) continue;
      if (starts === -1) starts = matcher.startPairs[pairIndex(codes[baseFrom]!, codes[baseFrom + 1]!)]!;
      if ((starts & KEY_NISBA) === 0) return;
      if (!matcher.keyShapes.has(codes, baseFrom, to)) continue;
      const key = matcher.first.find(hashCodes(codes, baseFrom, to), codes, baseFrom, to, -1);
      if (key === -1) continue;
      const form = matcher.firstNisba[key]!;
      if (form !== -1) this.push(scanner, form, from, FLAG_NISBA | shaddaFlag(scanner.shaddaMask, baseFrom, to), article);
    }
  }

  /** Only called for words that named nothing and whose length some reading may bring within the typo keys'. */
  private readTypo(scanner: WordScanner): void {
    const matcher = this.matcher;
    const fuzzy = matcher.fuzzy;
    const { codes, length } = scanner;
    const count = this.readingCount !== -1 ? this.readingCount : procliticReadings(codes, length, this.readings);
    let hashed = false;
    for (let reading = 0; reading < count; reading++) {
      const from = this.readings[reading]! >> 1;
      const afterLam = (this.readings[reading]! & 1) === 1 && codes[from] === LAM;
      const article = startsWithArticle(codes, from, length) ? 2 : afterLam ? 1 : 0;
      if (!fuzzy.mayMatch(codes, from + article, length)) continue;
      if (!hashed) {
        // A word some surface form spells out is no typo of another.
        if (matcher.wordShapes.has(codes, 0, length) && matcher.words.find(hashCodes(codes, 0, length), codes, 0, length, -1) !== -1) return;
        prefixHashes(codes, length, this.prefix);
        hashed = true;
      }
      const hit = fuzzy.find(codes, this.prefix, from + article, length, article > 0);
      if (hit !== -1) {
        const key = fuzzy.keys[hit]!;
        this.push(scanner, key.form, from, FLAG_FUZZY | (key.nisba ? FLAG_NISBA : 0), article);
        return;
      }
    }
  }

  private push(scanner: WordScanner, form: number, from: number, flags: number, article: number): void {
    this.candidates.push(scanner.start, scanner.end, form, packInfo(flags, article, from, 1), procliticCodes(scanner.codes, from));
  }
}

/** Whether a word of three or more letters ends with three letters some key kind allows (`Matcher.tailTriples`). */
function endsLikeKey(tailTriples: Uint32Array, codes: Uint16Array, length: number): boolean {
  const triple = tripleIndex(codes[length - 3]!, codes[length - 2]!, codes[length - 1]!);
  return (tailTriples[triple >>> 5]! & (1 << (triple & 31))) !== 0;
}

function procliticCodes(codes: Uint16Array, length: number): number {
  return length === 0 ? 0 : length === 1 ? codes[0]! : codes[0]! | (codes[1]! << 16);
}

function shaddaFlag(mask: number, from: number, to: number): number {
  if (mask === 0 || from >= 31) return 0;
  const width = Math.min(to, 31) - from;
  const bits = width >= 31 ? 0x7fffffff : (1 << width) - 1;
  return ((mask >>> from) & bits) !== 0 ? FLAG_SHADDA : 0;
}

/** Readings of one span: a surface form before a nisba before a pronoun reading before a typo; fewer clitics first. */
function rank(info: number): number {
  const kind = info & FLAG_FUZZY ? 3 : info & FLAG_PRONOUN ? 2 : info & FLAG_NISBA ? 1 : 0;
  return kind * 16 + candidateInfo.procliticLengthOf(info) * 4 + candidateInfo.articleOf(info);
}

const scan = new Scan();
const judge = new ContextJudge();
let chosen = new Int32Array(256);

/** Every mention of a catalogue entity in `text`, in order, without overlaps (the leftmost, longest reading wins). */
export function findMentions(matcher: Matcher, text: string): Mention[] {
  // A text shared from an earlier call could keep that whole text alive (a long slice points into it).
  sharedTexts.fill('');
  return mentionsOf(matcher, text, scan.run(matcher, text));
}

/**
 * Where the mentions in a text are, without their text or the rules behind them: for a caller that maps them
 * onto something of its own (the page's text nodes) and would only throw the `Mention` objects away.
 */
export interface MentionSpans {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Each mention's entity id. */
  id: string[];
}

/** `findMentions` as spans: the same mentions, without an object, a string or a rule list for each. */
export function findSpans(matcher: Matcher, text: string): MentionSpans {
  const candidates = scan.run(matcher, text);
  const count = choose(matcher, text, candidates);
  const spans: MentionSpans = { count, start: new Int32Array(count), end: new Int32Array(count), id: new Array<string>(count) };
  const { ids } = matcher.data;
  const formEntity = matcher.formEntity;
  for (let number = 0; number < count; number++) {
    const index = chosen[number]!;
    spans.start[number] = candidates.start[index]!;
    spans.end[number] = candidates.end[index]!;
    spans.id[number] = ids[formEntity[candidates.form[index]!]!]!;
  }
  return spans;
}

function mentionsOf(matcher: Matcher, text: string, candidates: Candidates): Mention[] {
  const count = choose(matcher, text, candidates);
  const mentions: Mention[] = new Array(count);
  const { ids } = matcher.data;
  const formEntity = matcher.formEntity;
  for (let number = 0; number < count; number++) {
    const index = chosen[number]!;
    const start = candidates.start[index]!;
    const end = candidates.end[index]!;
    mentions[number] = {
      start,
      end,
      text: spanText(text, start, end),
      id: ids[formEntity[candidates.form[index]!]!]!,
      match: labelMention(matcher, text, candidates, index, judge.decidedByContext(index)),
    };
  }
  return mentions;
}

/**
 * Texts of recent mentions by a hash of their letters: a text names the same few entities the same few ways
 * again and again, and a mention's text is then shared instead of copied (`findMentions` over the bench text
 * allocated 42 bytes less for each of its 55,000 mentions, the collector's work with them).
 */
const SHARED_TEXTS = 1024;
const sharedTexts: string[] = new Array<string>(SHARED_TEXTS).fill('');

function spanText(text: string, start: number, end: number): string {
  let hash = 0;
  for (let index = start; index < end; index++) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
  const slot = hash & (SHARED_TEXTS - 1);
  const shared = sharedTexts[slot]!;
  if (shared.length === end - start) {
    let same = true;
    for (let index = 0; index < shared.length && same; index++) same = shared.charCodeAt(index) === text.charCodeAt(start + index);
    if (same) return shared;
  }
  const copy = text.slice(start, end);
  sharedTexts[slot] = copy;
  return copy;
}

/**
 * Picks the readings that stand into `chosen` and returns how many: those the context rules allow, the leftmost
 * and longest where they overlap.
 */
function choose(matcher: Matcher, text: string, candidates: Candidates): number {
  if (candidates.count === 0) return 0;
  judge.prepare(matcher, text, candidates);
  // Candidates arrive in order of their last word: a later one either lies after the chosen ones, or
  // overlaps the last few and then wins only if it starts earlier or reaches further (or reads the same span better).
  if (chosen.length < candidates.count) chosen = new Int32Array(candidates.count * 2);
  let chosenCount = 0;
  for (let index = 0; index < candidates.count; index++) {
    const start = candidates.start[index]!;
    const overlapsLast = chosenCount > 0 && candidates.end[chosen[chosenCount - 1]!]! > start;
    // A reading that loses to the last one chosen (the short name inside a full one) is not worth judging.
    if (overlapsLast && !readsBetter(candidates, index, chosen[chosenCount - 1]!)) continue;
    if (!judge.allows(index)) continue;
    // It beats the last one chosen; the ones before it that it overlaps are asked in turn.
    if (overlapsLast) chosenCount--;
    let keep = true;
    while (chosenCount > 0) {
      const last = chosen[chosenCount - 1]!;
      if (candidates.end[last]! <= start) break;
      if (!readsBetter(candidates, index, last)) {
        keep = false;
        break;
      }
      chosenCount--;
    }
    if (keep) chosen[chosenCount++] = index;
  }
  return chosenCount;
}

/** Of two overlapping readings, whether `index` wins over `other`: it starts earlier, reaches further, or reads the same span better. */
function readsBetter(candidates: Candidates, index: number, other: number): boolean {
  const start = candidates.start[index]!;
  const otherStart = candidates.start[other]!;
  if (start !== otherStart) return start < otherStart;
  const end = candidates.end[index]!;
  const otherEnd = candidates.end[other]!;
  return end > otherEnd || (end === otherEnd && rank(candidates.info[index]!) < rank(candidates.info[other]!));
}
