import Fuse from 'fuse.js';
import type { NamedEntity } from './entity-names';
import { LONG_QUERY_WORDS, MAX_LONG_QUERY_WORDS, queryWords, rarestWords, type QueryWord } from './query';
import type { IndexParts } from './search-index';
import { mergeSpans, snippetOf } from './snippet';
import type { TermMatch } from './token-index';
import { tokenize } from './tokens';
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
const FUSE_PATTERN_WORDS = 12;
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
  /** Best match quality per query word. */
  qualities: Float32Array;
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
  rescoreWithFuse(index, best, analysed);
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
      found = { passage, qualities: new Float32Array(words.length), coverage: 0, score: 0, namedMentions: 0 };
      byPassage.set(passage, found);
    }
    return found;
  };
  const offer = (passage: number, word: number, quality: number) => {
    const qualities = candidate(passage).qualities;
    if (qualities[word]! < quality) qualities[word] = quality;
  };
  words.forEach((word, number) => {
    const cap = word.namesEntity ? TEXT_CAP_FOR_ENTITY_WORDS : 1;
    for (const match of word.passageMatches) {
      const postings = index.passageTokens.postings(match.term);
      for (let position = 0; position < postings.length; position += 2) {
        offer(postings[position]!, number, Math.min(cap, repeated(match.quality, postings[position + 1]!)));
      }
    }
    for (const match of word.documentMatches) {
      const postings = index.documentFields.postings(match.term);
      const quality = Math.min(cap, match.quality * DOCUMENT_FIELD_WEIGHT);
      for (let position = 0; position < postings.length; position += 2) {
        for (const passage of index.documentPassages[postings[position]!] ?? []) offer(passage, number, quality);
      }
    }
  });
  for (const entity of named) {
    for (const { passage, mentions } of index.mentions.occurrences(entity.entityId)) {
      const quality = repeated(entity.quality, mentions.length);
      for (const word of entity.words) offer(passage, word, quality);
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
 * fuse.js scores each candidate's folded words and document fields against the query's rarest words that the
 * token index found at all (a word found nowhere, such as an English name, would only cost a scan).
 */
function rescoreWithFuse(index: IndexParts, candidates: Candidate[], words: readonly AnalysedWord[]): void {
  const patternWords = words
    .filter((word) => word.passageMatches.length > 0 || word.documentMatches.length > 0)
    .sort((a, b) => b.idf - a.idf)
    .slice(0, FUSE_PATTERN_WORDS);
  if (candidates.length === 0 || patternWords.length === 0) return;
  const records = candidates.map(({ passage }) => ({
    text: index.foldedPassage(passage),
    source: index.foldedDocumentFields(index.passageDocument[passage]!),
  }));
  const fuse = new Fuse(records, {
    keys: [
      { name: 'text', weight: 3 },
      { name: 'source', weight: 1 },
    ],
    useTokenSearch: true,
    tokenize: /\S+/gu,
    isCaseSensitive: true,
    ignoreLocation: true,
    includeScore: true,
    shouldSort: false,
    threshold: FUSE_THRESHOLD,
  });
  const fuseRelevance = new Float32Array(candidates.length);
  for (const result of fuse.search(patternWords.map((word) => word.key).join(' '))) fuseRelevance[result.refIndex] = 1 - (result.score ?? 1);
  candidates.forEach((candidate, position) => {
    candidate.score = (1 - FUSE_SHARE) * candidate.coverage + FUSE_SHARE * fuseRelevance[position]!;
  });
}

function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || b.namedMentions - a.namedMentions || a.passage - b.passage;
}

function toHit(index: IndexParts, candidate: Candidate, words: readonly AnalysedWord[], named: readonly NamedEntity[]): SearchHit {
  const view = index.view(candidate.passage);
  const terms = new Set(words.flatMap((word) => word.passageMatches.map((match) => match.term)));
  const spans: Span[] = tokenize(view.text)
    .filter((token) => terms.has(token.key) || terms.has(stemKey(token.key)))
    .map(({ start, end }) => ({ start, end }));
  for (const entity of named) spans.push(...index.mentions.mentionsIn(candidate.passage, entity.entityId));
  const highlights = mergeSpans(spans);
  return { ...view, score: round(Math.min(1, Math.max(0, candidate.score))), highlights, snippet: snippetOf(view.text, highlights) };
}

function round(score: number): number {
  return Math.round(score * 1e4) / 1e4;
}
