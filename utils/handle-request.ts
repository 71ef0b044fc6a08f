import { isRequestError, isRequestType, parseRequest, type Reply, type Request, type RequestType, type ResponseMap } from './messages';
import type { SearchBackend } from './search-backend';

/** Whether the background should route a message here (a malformed one is still answered, with an error). */
export function isBackendMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && isRequestType((message as { type?: unknown }).type);
}

/** Answers one request from the backend; a failure becomes an error reply, never a rejection. */
export async function handleRequest(request: Request, backend: SearchBackend): Promise<Reply> {
  try {
    return { ok: true, value: await answer(request, backend) };
  } catch (error) {
    return { ok: false, error: `${request.type}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Validates a raw message and answers it: what the background's `onMessage` listener calls. */
export async function handleMessage(message: unknown, backend: SearchBackend): Promise<Reply> {
  const request = parseRequest(message);
  if (isRequestError(request)) return { ok: false, error: request.error };
  return handleRequest(request, backend);
}

function answer(request: Request, backend: SearchBackend): Promise<ResponseMap[RequestType]> {
  switch (request.type) {
    case 'lookupEntity':
      return backend.lookupEntity(request.entityId, request.limit);
    case 'search':
      return backend.search(request.query, request.limit);
    case 'passage':
      return backend.passage(request.passageId);
    case 'document':
      return backend.document(request.documentId);
    default:
      return unreachable(request);
  }
}

function unreachable(request: never): never {
  throw new Error(`unhandled request ${(request as { type: RequestType }).type}`);
}
