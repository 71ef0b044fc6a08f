import type { CorpusApi, EntityInfo } from '@/components/corpus-api';
import { sendRequest } from './messages';

/**
 * The corpus as extension pages reach it: typed requests to the background. Entity names are asked for once
 * per page and remembered, since result lists name the same few entities again and again.
 */
export function createCorpusClient(): CorpusApi {
  const entities = new Map<string, Promise<EntityInfo | null>>();
  const entityOf = (entityId: string) => {
    let known = entities.get(entityId);
    if (!known) {
      known = sendRequest({ type: 'lookupEntity', entityId, limit: 1 }).then(
        (lookup) => (lookup ? { entity: lookup.entity, passageCount: lookup.total } : null),
        () => null,
      );
      entities.set(entityId, known);
    }
    return known;
  };
  return {
    search: (query, limit) => sendRequest(limit === undefined ? { type: 'search', query } : { type: 'search', query, limit }),
    lookupEntity: (entityId, limit) => sendRequest(limit === undefined ? { type: 'lookupEntity', entityId } : { type: 'lookupEntity', entityId, limit }),
    passage: (passageId) => sendRequest({ type: 'passage', passageId }),
    document: (documentId) => sendRequest({ type: 'document', documentId }),
    async entities(ids) {
      const found = await Promise.all(ids.map(entityOf));
      return new Map(found.flatMap((info) => (info ? [[info.entity.id, info] as const] : [])));
    },
  };
}
