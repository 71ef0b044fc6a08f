import type { Mention } from '@/lib/match/types';

export type FindMentions = (text: string) => Mention[];

/** Where the matcher bundle (`entrypoints/page-matcher`) leaves its factory in the content script's world. */
export const MATCHER_MODULE_GLOBAL = '__arabicLookupMatcher';
export const MATCHER_MODULE_PATH = '/page-matcher.js';

export interface MatcherModule {
  /** Rebuilds the background's serialised matcher and returns its search. */
  compile(serialized: string): FindMentions;
}

/** The search on pages and the ids of the user's own entities it finds (kept off page-readable marks by default). */
export interface PageMatcher {
  find: FindMentions;
  ownEntityIds: ReadonlySet<string>;
}
