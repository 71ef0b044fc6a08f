/**
 * The one message contract between the surfaces (content script, popup, side panel, reader) and the background,
 * in two families: corpus requests (`Request`: lookups the search backend answers) and page requests
 * (`PageRequest`: a tab's page, its matcher, its reports, actions on it), plus the commands the background relays
 * to content scripts. Every message is a union on `type`, checked on receipt; every reply is `{ ok, value | error }`.
 * A new corpus request adds its interface to `Request`, its reply to `ResponseMap` and its checker to `CHECKERS`.
 */
import { browser } from 'wxt/browser';
import type { DocumentView, EntityLookup } from '@/lib/search/search-index';
import type { PassageView, SearchHit } from '@/lib/search/types';

export const MAX_LIMIT = 100;
/** Long enough for a pasted article, short enough that a runaway page cannot stall the background. */
export const MAX_QUERY_LENGTH = 10_000;
const MAX_ID_LENGTH = 200;

export interface LookupEntityRequest {
  type: 'lookupEntity';
  entityId: string;
  /** How many passages to return (1..MAX_LIMIT); 10 unless given. */
  limit?: number;
}

export interface SearchRequest {
  type: 'search';
  query: string;
  limit?: number;
}

export interface PassageRequest {
  type: 'passage';
  passageId: string;
}

export interface DocumentRequest {
  type: 'document';
  documentId: string;
}

export type Request = LookupEntityRequest | SearchRequest | PassageRequest | DocumentRequest;
export type RequestType = Request['type'];

/** What each request answers; `null` when the id is unknown. */
export interface ResponseMap {
  lookupEntity: EntityLookup | null;
  search: SearchHit[];
  passage: PassageView | null;
  document: DocumentView | null;
}

export type Reply<T extends RequestType = RequestType> = { ok: true; value: ResponseMap[T] } | { ok: false; error: string };

export interface RequestError {
  error: string;
}

type Fields = Record<string, unknown>;
type Checker<T extends RequestType> = (fields: Fields) => Extract<Request, { type: T }> | RequestError;

const CHECKERS: { [T in RequestType]: Checker<T> } = {
  lookupEntity: (fields) => {
    const entityId = checkId(fields, 'entityId');
    const limit = checkLimit(fields);
    if (typeof entityId !== 'string') return entityId;
    if (typeof limit === 'object') return limit;
    return limit === undefined ? { type: 'lookupEntity', entityId } : { type: 'lookupEntity', entityId, limit };
  },
  search: (fields) => {
    const { query } = fields;
    if (typeof query !== 'string') return { error: 'search: query must be a string' };
    if (query.length > MAX_QUERY_LENGTH) return { error: `search: query longer than ${MAX_QUERY_LENGTH} characters` };
    const limit = checkLimit(fields);
    if (typeof limit === 'object') return limit;
    return limit === undefined ? { type: 'search', query } : { type: 'search', query, limit };
  },
  passage: (fields) => {
    const passageId = checkId(fields, 'passageId');
    return typeof passageId === 'string' ? { type: 'passage', passageId } : passageId;
  },
  document: (fields) => {
    const documentId = checkId(fields, 'documentId');
    return typeof documentId === 'string' ? { type: 'document', documentId } : documentId;
  },
};

export const REQUEST_TYPES = Object.keys(CHECKERS) as RequestType[];

/** Whether a message claims to be one of these requests (it may still be malformed). */
export function isRequestType(type: unknown): type is RequestType {
  return typeof type === 'string' && Object.hasOwn(CHECKERS, type);
}

/** A well-formed request with only its known fields, or why the message is not one. Never throws. */
export function parseRequest(message: unknown): Request | RequestError {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return { error: 'request must be an object' };
  const fields = message as Fields;
  if (!isRequestType(fields.type)) return { error: `unknown request type: ${describe(fields.type)}` };
  return (CHECKERS[fields.type] as Checker<RequestType>)(fields);
}

export function isRequestError(value: Request | RequestError): value is RequestError {
  return 'error' in value;
}

/**
 * Sends a corpus or page request to the background and returns its value (typed for corpus requests, to be
 * checked by the caller for page requests); an error reply or a malformed one throws.
 */
export async function sendRequest<R extends Request>(request: R): Promise<ResponseMap[R['type']]>;
export async function sendRequest(request: PageRequest): Promise<unknown>;
export async function sendRequest(request: Request | PageRequest): Promise<unknown> {
  const reply: unknown = await browser.runtime.sendMessage(request);
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) throw new Error(`${request.type}: no reply from the background`);
  const typed = reply as { ok: true; value: unknown } | { ok: false; error: string };
  if (!typed.ok) throw new Error(`${request.type}: ${typed.error}`);
  return typed.value;
}

function checkId(fields: Fields, name: string): string | RequestError {
  const value = fields[name];
  if (typeof value !== 'string' || value.length === 0) return { error: `${String(fields.type)}: ${name} must be a non-empty string` };
  if (value.length > MAX_ID_LENGTH) return { error: `${String(fields.type)}: ${name} longer than ${MAX_ID_LENGTH} characters` };
  return value;
}

function checkLimit(fields: Fields): number | undefined | RequestError {
  const { limit } = fields;
  if (limit === undefined) return undefined;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    return { error: `${String(fields.type)}: limit must be an integer from 1 to ${MAX_LIMIT}` };
  }
  return limit;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
}

// Page requests and content-script commands.

/** The serialised matcher; content scripts read it first from `storage.local` under `PUBLISHED_MATCHER_KEY`. */
export interface MatcherRequest {
  type: 'matcher';
}

/** Where the background publishes the serialised matcher for content scripts (see `utils/page-request-handler.ts`). */
export const PUBLISHED_MATCHER_KEY = 'pageMatcher';

/**
 * The matchers as the background serves and publishes them: one over the entities marked where pages can read
 * the marks, and one over the user's own entities (null when there are none), which content scripts keep off
 * page-readable marks unless the user chose otherwise. Two matchers, not one: in one, an own name overlapping a
 * bundled one (`مكتب حماس` over `حماس`) would take the bundled mark's place, and the missing mark would tell.
 */
export interface PublishedMatcher {
  serialized: string;
  ownSerialized: string | null;
  /** entity id → type, for both matchers: pages leave unmarked the types the user chose not to see. */
  entityTypes: Record<string, string>;
  /** Mentions the user said were "not this one": never marked again on that page. */
  falseMatches: PageFalseMatch[];
}

/** One mention the user turned away: on the page at `url` (without its fragment), `text` does not name `entityId`. */
export interface PageFalseMatch {
  url: string;
  entityId: string;
  text: string;
}

/** A published or served matcher, or null for anything else (an older version's value, a stranger's value). */
export function parsePublishedMatcher(value: unknown): PublishedMatcher | null {
  if (!isRecord(value)) return null;
  const { serialized, ownSerialized, entityTypes, falseMatches } = value;
  if (typeof serialized !== 'string' || (ownSerialized !== null && typeof ownSerialized !== 'string')) return null;
  if (!isRecord(entityTypes) || !Array.isArray(falseMatches)) return null;
  const types: Record<string, string> = {};
  for (const [id, type] of Object.entries(entityTypes)) if (isId(id) && typeof type === 'string') types[id] = type;
  const turnedAway = falseMatches.filter(
    (match): match is PageFalseMatch => isRecord(match) && typeof match.url === 'string' && isId(match.entityId) && typeof match.text === 'string',
  );
  return { serialized, ownSerialized, entityTypes: types, falseMatches: turnedAway.map(({ url, entityId, text }) => ({ url, entityId, text })) };
}

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

/** From the popup and side panel: what every frame of a tab reported (`PageReport[]`). */
export interface PageEntitiesRequest {
  type: 'pageEntities';
  tabId: number;
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

/** From the hover card's "not this one": this mention on the sender's page does not name the entity. */
export interface MarkFalseMatchRequest {
  type: 'markFalseMatch';
  entityId: string;
  text: string;
}

/** From the popup: "Add this page to my corpus" for the tab it was opened on. */
export interface AddPageRequest {
  type: 'addPage';
  tabId: number;
}

export type PageRequest =
  | MatcherRequest
  | ReportPageRequest
  | PageEntitiesRequest
  | ScrollToMentionRequest
  | OpenReaderRequest
  | ShowEntityRequest
  | MarkFalseMatchRequest
  | AddPageRequest;

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

/** The page's reading text and title, for "Add this page to my corpus" (the top frame answers). */
export interface ReadableTextCommand {
  type: 'readableText';
}

export type ContentCommand = ScrollToMentionCommand | DescribeCardCommand | ReadableTextCommand;

export const MAX_POSITIONS = 50;
/** A mention is a name of a few words; anything longer is not one the card showed. */
const MAX_FALSE_MATCH_TEXT = 200;

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
    case 'pageEntities':
      return Number.isInteger(message.tabId) ? { type: 'pageEntities', tabId: message.tabId as number } : null;
    case 'openReader':
      return isId(message.passageId) ? { type: 'openReader', passageId: message.passageId } : null;
    case 'showEntity':
      return isId(message.entityId) ? { type: 'showEntity', entityId: message.entityId } : null;
    case 'addPage':
      return Number.isInteger(message.tabId) ? { type: 'addPage', tabId: message.tabId as number } : null;
    case 'markFalseMatch': {
      const { entityId, text } = message;
      if (!isId(entityId) || typeof text !== 'string' || text.trim() === '' || text.length > MAX_FALSE_MATCH_TEXT) return null;
      return { type: 'markFalseMatch', entityId, text };
    }
    default:
      return null;
  }
}

export function parseContentCommand(message: unknown): ContentCommand | null {
  if (!isRecord(message)) return null;
  if (message.type === 'describeCard') return { type: 'describeCard' };
  if (message.type === 'readableText') return { type: 'readableText' };
  if (message.type === 'scrollToMention' && isId(message.entityId)) {
    const occurrence = Number.isInteger(message.occurrence) && (message.occurrence as number) >= 0 ? (message.occurrence as number) : 0;
    return { type: 'scrollToMention', entityId: message.entityId, occurrence };
  }
  return null;
}
