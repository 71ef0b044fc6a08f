import Fuse from 'fuse.js';
import type { NamedEntity } from './entity-names';
import { LONG_QUERY_WORDS, MAX_LONG_QUERY_WORDS, queryWords, rarestWords, type QueryWord } from './query';
import type { IndexParts } from './search-index';
import { mergeSpans, snippetOf } from './snippet';
import type { TermMatch } from './token-index';
import type { SearchHit, Span } from './types';
import { stemKey } from './variants';

export interface SearchOptions {
  /** Most results to return; 10 unless given. */
  limit?: number;
}

export const DEFAULT_LIMIT = 10;
/** A query word that names an entity counts at most this much in a passage where the entity is not recognised. */
const TEXT_CAP_FOR_ENTITY_WORDS = 0.5;
/** A word found only in the document's title or source counts for less than one in the passage itself. */
const DOCUMENT_FIELD_WEIGHT = 0.75;
/** How much fuse.js's fuzzy score of a candidate counts next to word coverage. */
const FUSE_SHARE = 0.2;
/** A word matched this well by the token index (as written or clitic-stripped) needs no fuzzy scoring. */
const FOUND_AS_WRITTEN = 0.8;
/** fuse.js's bitap handles patterns of up to 32 characters. */
const MAX_FUSE_PATTERN = 32;
/** About one wrong letter in three still counts as found. */
const FUSE_THRESHOLD = 0.34;
const MIN_CANDIDATES = 15;

interface AnalysedWord extends QueryWord {
  passageMatches: TermMatch[];
  documentMatches: TermMatch[];
  idf: number;
  /** Whether an entity the query names covers this word. */
  namesEntity: boolean;
}

interface Candidate {
  passage: number;
  /** Best match quality per query word, by text or by a mention of an entity the word names. */
  qualities: Float32Array;
  /** Best match quality per query word in the passage's own words (what fuse.js refines). */
  textQualities: Float32Array;
  coverage: number;
  score: number;
  /** Mentions of the entities the query names, to order passages that score alike. */
  namedMentions: number;
}

/**
 * Free-text search: the token index gathers every passage sharing a (folded, clitic-stripped, completed or
 * corrected) word with the query, or mentioning an entity the query names; word coverage weighted by rarity
 * ranks them; fuse.js rescores the best candidates on the folded text. Entity passages come first by construction:
 * a word naming an entity is worth at most TEXT_CAP_FOR_ENTITY_WORDS in a passage that does not mention it.
 */
export function rankPassages(index: IndexParts, query: string, { limit = DEFAULT_LIMIT }: SearchOptions = {}): SearchHit[] {
  const trimmed = query.trim();
  if (!trimmed || limit <= 0) return [];
  const allWords = queryWords(trimmed);
  if (allWords.length === 0) return [];
  const approximate = allWords.length <= LONG_QUERY_WORDS;
  const words = rarestWords(allWords, (key) => index.passageTokens.documentFrequency(key) || index.passageTokens.documentFrequency(stemKey(key)), MAX_LONG_QUERY_WORDS);
  const named = namedEntities(index, trimmed, words, approximate);
  const analysed = analyseWords(index, words, named, approximate);
  const candidates = gatherCandidates(index, analysed, named);
  const best = candidates.sort(byScore).slice(0, Math.max(limit + 5, MIN_CANDIDATES));
  rescoreWithFuse(index, best, analysed, limit);
  return best
    .sort(byScore)
    .slice(0, limit)
    .map((candidate) => toHit(index, candidate, analysed, named));
}

function namedEntities(index: IndexParts, query: string, words: readonly QueryWord[], approximate: boolean): NamedEntity[] {
  const byEntity = new Map<string, NamedEntity>();
  const merge = (found: NamedEntity) => {
    const known = byEntity.get(found.entityId);
    if (!known) byEntity.set(found.entityId, { ...found, words: [...found.words] });
    else {
      known.quality = Math.max(known.quality, found.quality);
      known.words = [...new Set([...known.words, ...found.words])];
    }
  };
  for (const mention of index.recognise?.(query) ?? []) {
    const covered = words.flatMap((word, number) => (word.spans.some((span) => span.start < mention.end && span.end > mention.start) ? [number] : []));
    if (covered.length > 0) merge({ entityId: mention.id, quality: 1, words: covered });
  }
  for (const found of index.entityNames.named(words.map((word) => word.key), approximate)) merge(found);
  return [...byEntity.values()];
}

function analyseWords(index: IndexParts, words: readonly QueryWord[], named: readonly NamedEntity[], approximate: boolean): AnalysedWord[] {
  const passageCount = Math.max(1, index.passages.length);
  return words.map((word, number) => {
    const passageMatches = index.passageTokens.expand(word.key, { approximate });
    const documentMatches = index.documentFields.expand(word.key, { approximate });
    const naming = named.filter((entity) => entity.words.includes(number));
    const frequency = Math.max(
      0,
      ...passageMatches.filter((match) => match.quality >= 0.7).map((match) => index.passageTokens.documentFrequency(match.term)),
      ...naming.map((entity) => index.mentions.occurrences(entity.entityId).length),
    );
    const idf = Math.log(1 + (passageCount - frequency + 0.5) / (frequency + 0.5));
    return { ...word, passageMatches, documentMatches, idf, namesEntity: naming.length > 0 };
  });
}

/** Weight of a match repeated `count` times: a little more than once, no more for a fourth time. */
function repeated(quality: number, count: number): number {
  return quality * (0.85 + (0.15 * Math.min(count, 3)) / 3);
}

function gatherCandidates(index: IndexParts, words: readonly AnalysedWord[], named: readonly NamedEntity[]): Candidate[] {
  const byPassage = new Map<number, Candidate>();
  const candidate = (passage: number): Candidate => {
    let found = byPassage.get(passage);
    if (!found) {
      found = { passage, qualities: new Float32Array(words.length), textQualities: new Float32Array(words.length), coverage: 0, score: 0, namedMentions: 0 };
      byPassage.set(passage, found);
    }
    return found;
  };
  /** `textQuality` is the match in the passage's own words before any cap, 0 for other evidence. */
  const offer = (passage: number, word: number, quality: number, textQuality: number) => {
    const { qualities, textQualities } = candidate(passage);
    if (qualities[word]! < quality) qualities[word] = quality;
    if (textQualities[word]! < textQuality) textQualities[word] = textQuality;
  };
  words.forEach((word, number) => {
    const cap = word.namesEntity ? TEXT_CAP_FOR_ENTITY_WORDS : 1;
    for (const match of word.passageMatches) {
      const postings = index.passageTokens.postings(match.term);
      for (let position = 0; position < postings.length; position += 2) {
        const quality = repeated(match.quality, postings[position + 1]!);
        offer(postings[position]!, number, Math.min(cap, quality), quality);
      }
    }
    for (const match of word.documentMatches) {
      const postings = index.documentFields.postings(match.term);
      const quality = Math.min(cap, match.quality * DOCUMENT_FIELD_WEIGHT);
      for (let position = 0; position < postings.length; position += 2) {
        for (const passage of index.documentPassages[postings[position]!] ?? []) offer(passage, number, quality, 0);
      }
    }
  });
  for (const entity of named) {
    for (const { passage, mentions } of index.mentions.occurrences(entity.entityId)) {
      const quality = repeated(entity.quality, mentions.length);
      for (const word of entity.words) offer(passage, word, quality, 0);
      candidate(passage).namedMentions += mentions.length;
    }
  }
  const totalIdf = words.reduce((sum, word) => sum + word.idf, 0) || 1;
  for (const found of byPassage.values()) {
    found.coverage = words.reduce((sum, word, number) => sum + word.idf * found.qualities[number]!, 0) / totalIdf;
    found.score = found.coverage;
  }
  return [...byPassage.values()];
}

/**
 * fuse.js scores how nearly each candidate holds the query words the token index did not find in it as written
 * (a typo, a longer or shorter form): its bitap match over the candidate's distinct folded words,
 * weighted by rarity as fuse.js's own token search weighs words. Words found as written count as perfect, so
 * fuse.js runs only where it can tell candidates apart, which keeps a query within a few milliseconds.
 */
function rescoreWithFuse(index: IndexParts, candidates: readonly Candidate[], words: readonly AnalysedWord[], limit: number): void {
  const options = { isCaseSensitive: true, ignoreLocation: true, threshold: FUSE_THRESHOLD };
  const finalScores: number[] = [];
  for (const candidate of candidates) {
    // Candidates come best coverage first: once even a perfect fuse.js score cannot lift one into the first
    // `limit`, none after it can either, and they keep their coverage-only score.
    const limitScore = finalScores.length >= limit ? finalScores[limit - 1]! : -1;
    if ((1 - FUSE_SHARE) * candidate.coverage + FUSE_SHARE < limitScore) {
      candidate.score = (1 - FUSE_SHARE) * candidate.coverage;
      continue;
    }
    let weighted = 0;
    let total = 0;
    words.forEach((word, number) => {
      total += word.idf;
      if (candidate.textQualities[number]! >= FOUND_AS_WRITTEN) weighted += word.idf;
      else if (word.key.length <= MAX_FUSE_PATTERN) {
        const text = index
          .foldedWords(candidate.passage)
          .filter((folded) => couldHold(folded, word.key))
          .join(' ');
        const match = text ? Fuse.match(word.key, text, options) : null;
        if (match?.isMatch) weighted += word.idf * (1 - match.score);
      }
    });
    const fuseRelevance = total > 0 ? weighted / total : 0;
    candidate.score = (1 - FUSE_SHARE) * candidate.coverage + FUSE_SHARE * fuseRelevance;
    finalScores.splice(sortedIndex(finalScores, candidate.score), 0, candidate.score);
  }
}

/**
 * Whether `word` may hold `pattern` within fuse.js's threshold: a match with k errors keeps at least
 * length − k of the pattern's letters, so a word sharing fewer cannot match and bitap need not read it.
 */
const usedLetters = new Uint8Array(MAX_FUSE_PATTERN);

function couldHold(word: string, pattern: string): boolean {
  const needed = pattern.length - Math.floor(pattern.length * FUSE_THRESHOLD);
  if (word.length < needed) return false;
  const used = usedLetters.fill(0, 0, pattern.length);
  let shared = 0;
  for (const letter of word) {
    for (let position = 0; position < pattern.length; position += 1) {
      if (used[position] === 0 && pattern[position] === letter) {
        used[position] = 1;
        shared += 1;
        break;
      }
    }
    if (shared >= needed) return true;
  }
  return false;
}

/** Where `score` goes in a list kept in descending order. */
function sortedIndex(descending: readonly number[], score: number): number {
  let low = 0;
  let high = descending.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (descending[middle]! >= score) low = middle + 1;
    else high = middle;
  }
  return low;
}

function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || b.namedMentions - a.namedMentions || a.passage - b.passage;
}

function toHit(index: IndexParts, candidate: Candidate, words: readonly AnalysedWord[], named: readonly NamedEntity[]): SearchHit {
  const view = index.view(candidate.passage);
  const terms = new Set(words.flatMap((word) => word.passageMatches.map((match) => match.term)));
  const spans: Span[] = index
    .tokens(candidate.passage)
    .filter((token) => terms.has(token.key) || terms.has(stemKey(token.key)))
    .map(({ start, end }) => ({ start, end }));
  for (const entity of named) spans.push(...index.mentions.mentionsIn(candidate.passage, entity.entityId));
  const highlights = mergeSpans(spans);
  return { ...view, score: round(Math.min(1, Math.max(0, candidate.score))), highlights, snippet: snippetOf(view.text, highlights) };
}

function round(score: number): number {
  return Math.round(score * 1e4) / 1e4;
}
