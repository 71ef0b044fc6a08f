/**
 * The one message contract between the surfaces (content script, popup, side panel, reader) and the background.
 * Requests are a union on `type`, checked on receipt by `parseRequest`; every reply is `{ ok, value | error }`.
 * A new request type adds its interface to `Request`, its reply to `ResponseMap` and its checker to `CHECKERS`.
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

/** Sends a request to the background and returns its value; an error reply or a malformed one throws. */
export async function sendRequest<R extends Request>(request: R): Promise<ResponseMap[R['type']]> {
  const reply: unknown = await browser.runtime.sendMessage(request);
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) throw new Error(`${request.type}: no reply from the background`);
  const typed = reply as Reply<R['type']>;
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
