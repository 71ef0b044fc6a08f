import type { MentionSpans } from '@/lib/match';
import type { PageFalseMatch } from '@/utils/messages';
import type { MarkingSession } from './session';

/** The page maps mentions onto its text nodes: it needs where they are and what they name, nothing more. */
export type FindMentions = (text: string) => MentionSpans;

/** Where the marking bundle (`entrypoints/page-marking`) leaves its factory in the content script's world. */
export const MARKING_MODULE_GLOBAL = '__arabicLookupMarking';
export const MARKING_MODULE_PATH = '/page-marking.js';

/**
 * What the marking bundle holds: the recogniser and everything that reads and marks a page. A content script is
 * compiled anew on every page it runs in, while a bundle it imports is kept compiled in the browser's code cache:
 * out here, the marking code costs no compile time from the second Arabic page on.
 */
export interface MarkingModule {
  /** Rebuilds the background's serialised matcher and returns its search. */
  compile(serialized: string): FindMentions;
  MarkingSession: typeof MarkingSession;
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

/** A matcher and the session class that marks a page with it, both from the marking bundle. */
export interface PageMarking {
  matcher: PageMatcher;
  MarkingSession: typeof MarkingSession;
}
