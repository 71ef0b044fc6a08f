import { tokenize } from './tokens';
import type { Span } from './types';

/** One distinct word of a query (by folded key) and everywhere it occurs in the query text. */
export interface QueryWord {
  key: string;
  spans: Span[];
}

/** Beyond this many distinct words a query is a pasted text: matched exactly, by its rarest words. */
export const LONG_QUERY_WORDS = 16;
export const MAX_LONG_QUERY_WORDS = 40;

export function queryWords(query: string): QueryWord[] {
  const byKey = new Map<string, QueryWord>();
  for (const { key, start, end } of tokenize(query)) {
    const known = byKey.get(key);
    if (known) known.spans.push({ start, end });
    else byKey.set(key, { key, spans: [{ start, end }] });
  }
  return [...byKey.values()];
}

/** The words that tell passages apart best: present in the corpus, and in fewest passages. */
export function rarestWords(words: readonly QueryWord[], documentFrequency: (key: string) => number, count: number): QueryWord[] {
  if (words.length <= count) return [...words];
  const ranked = words.map((word, order) => ({ word, order, frequency: documentFrequency(word.key) }));
  ranked.sort((a, b) => Number(a.frequency === 0) - Number(b.frequency === 0) || a.frequency - b.frequency || a.order - b.order);
  return ranked
    .slice(0, count)
    .sort((a, b) => a.order - b.order)
    .map(({ word }) => word);
}
