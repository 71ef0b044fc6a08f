import type { MentionSpans } from '@/lib/match';
import type { PageFalseMatch } from '@/utils/messages';

/** The page maps mentions onto its text nodes: it needs where they are and what they name, nothing more. */
export type FindMentions = (text: string) => MentionSpans;

/** Where the matcher bundle (`entrypoints/page-matcher`) leaves its factory in the content script's world. */
export const MATCHER_MODULE_GLOBAL = '__arabicLookupMatcher';
export const MATCHER_MODULE_PATH = '/page-matcher.js';

export interface MatcherModule {
  /** Rebuilds the background's serialised matcher and returns its search. */
  compile(serialized: string): FindMentions;
}

/** The searches on pages: the entities marked for all to see, and the user's own (null when there are none). */
export interface PageMatcher {
  find: FindMentions;
  /** Kept off page-readable marks unless the user chose otherwise (`PageSettings.markOwnEntities`). */
  findOwn: FindMentions | null;
  /** entity id → type, to leave out the kinds the user chose not to see. */
  entityTypes: Record<string, string>;
  falseMatches: readonly PageFalseMatch[];
}
