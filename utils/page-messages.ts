/**
 * Messages between the content script and the background about the page itself (not the corpus). Kept here
 * until they join `utils/messages.ts`; same rules: a union on `type`, checked on receipt, `{ ok, value | error }`.
 */
/** The serialised matcher; content scripts read it first from `storage.local` under `PUBLISHED_MATCHER_KEY`. */
export interface MatcherRequest {
  type: 'matcher';
}

/** Where the background publishes the serialised matcher for content scripts (see `utils/page-request-handler.ts`). */
export const PUBLISHED_MATCHER_KEY = 'pageMatcher';

/** The page's entities, sent by each frame's content script after it has indexed the page and as it changes. */
export interface ReportPageRequest {
  type: 'reportPage';
  hasArabic: boolean;
  /** entity id → number of mentions in this frame. */
  entityCounts: Record<string, number>;
  /** entity id → the document y (CSS px) of its first mentions, in page order, at most `MAX_POSITIONS`. */
  positions: Record<string, number[]>;
}

/** Asks a tab (one frame, or every frame) to scroll to an entity's n-th mention and flash it. */
export interface ScrollToMentionRequest {
  type: 'scrollToMention';
  tabId: number;
  frameId?: number;
  entityId: string;
  /** 0-based, in page order; 0 unless given. */
  occurrence?: number;
}

/** From the hover card: open the reader at a passage in an extension tab. */
export interface OpenReaderRequest {
  type: 'openReader';
  passageId: string;
}

/** From the hover card: show an entity in the side panel where the browser allows it, else in a tab. */
export interface ShowEntityRequest {
  type: 'showEntity';
  entityId: string;
}

export type PageRequest = MatcherRequest | ReportPageRequest | ScrollToMentionRequest | OpenReaderRequest | ShowEntityRequest;

/** What the background relays to a content script. */
export interface ScrollToMentionCommand {
  type: 'scrollToMention';
  entityId: string;
  occurrence: number;
}

/**
 * Test-only: the text of the hover card shown in this frame. The card's shadow root is closed, and Firefox's
 * driver cannot pierce it; only the extension itself can ask.
 */
export interface DescribeCardCommand {
  type: 'describeCard';
}

export type ContentCommand = ScrollToMentionCommand | DescribeCardCommand;

export const MAX_POSITIONS = 50;
const MAX_ID_LENGTH = 200;

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A well-formed page request with only its known fields, or null. Never throws. */
export function parsePageRequest(message: unknown): PageRequest | null {
  if (!isRecord(message)) return null;
  switch (message.type) {
    case 'matcher':
      return { type: 'matcher' };
    case 'reportPage': {
      const { hasArabic, entityCounts, positions } = message;
      if (typeof hasArabic !== 'boolean' || !isRecord(entityCounts) || !isRecord(positions)) return null;
      const counts: Record<string, number> = {};
      for (const [id, count] of Object.entries(entityCounts)) if (isId(id) && Number.isInteger(count) && (count as number) > 0) counts[id] = count as number;
      const places: Record<string, number[]> = {};
      for (const [id, list] of Object.entries(positions)) {
        if (isId(id) && Array.isArray(list)) places[id] = list.filter((y): y is number => Number.isFinite(y)).slice(0, MAX_POSITIONS);
      }
      return { type: 'reportPage', hasArabic, entityCounts: counts, positions: places };
    }
    case 'scrollToMention': {
      const { tabId, frameId, entityId, occurrence } = message;
      if (!Number.isInteger(tabId) || !isId(entityId)) return null;
      if (frameId !== undefined && !Number.isInteger(frameId)) return null;
      if (occurrence !== undefined && !(Number.isInteger(occurrence) && (occurrence as number) >= 0)) return null;
      return { type: 'scrollToMention', tabId: tabId as number, entityId, ...(frameId === undefined ? {} : { frameId: frameId as number }), ...(occurrence === undefined ? {} : { occurrence: occurrence as number }) };
    }
    case 'openReader':
      return isId(message.passageId) ? { type: 'openReader', passageId: message.passageId } : null;
    case 'showEntity':
      return isId(message.entityId) ? { type: 'showEntity', entityId: message.entityId } : null;
    default:
      return null;
  }
}

export function parseContentCommand(message: unknown): ContentCommand | null {
  if (!isRecord(message)) return null;
  if (message.type === 'describeCard') return { type: 'describeCard' };
  if (message.type === 'scrollToMention' && isId(message.entityId)) {
    const occurrence = Number.isInteger(message.occurrence) && (message.occurrence as number) >= 0 ? (message.occurrence as number) : 0;
    return { type: 'scrollToMention', entityId: message.entityId, occurrence };
  }
  return null;
}
