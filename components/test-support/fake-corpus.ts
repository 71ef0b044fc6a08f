import type { Entity } from '@/lib/catalogue/types';
import type { DocumentView, EntityLookup } from '@/lib/search/search-index';
import type { PassageView, SearchHit } from '@/lib/search/types';
import type { CorpusApi } from '../corpus-api';
import { passageOf } from './render';

export const IRAN: Entity = { id: 'country.iran', nameAr: 'إيران', nameEn: 'Iran', type: 'country', forms: ['إيران', 'الجمهورية الإسلامية الإيرانية'], nisba: ['إيراني'] };
export const HAMAS: Entity = { id: 'org.hamas', nameAr: 'حماس', nameEn: 'Hamas', type: 'organisation', forms: ['حماس', 'حركة حماس'] };
export const TEHRAN: Entity = { id: 'city.tehran', nameAr: 'طهران', nameEn: 'Tehran', type: 'place', forms: ['طهران'] };
const ENTITIES = [IRAN, HAMAS, TEHRAN];

export function hitOf(passage: PassageView, highlights = [{ start: 0, end: 3 }]): SearchHit {
  return { ...passage, score: 1, highlights, snippet: { text: passage.text, start: 0, highlights, cutStart: false, cutEnd: false } };
}

/** A corpus of one document, `doc-1`, whose two passages speak of Hamas, Tehran and Iran. */
export const DOCUMENT_TEXT = 'عنوان الخبر\nزار وفد من حماس طهران.\nوقال مسؤول إيراني إن إيران ترحب.';
const FIRST = { id: 'doc-1#1', start: 12, end: 34, heading: null };
const SECOND = { id: 'doc-1#2', start: 35, end: DOCUMENT_TEXT.length, heading: 'سياسياً' };

export function fakeCorpus(): CorpusApi & { searches: string[] } {
  const passages: PassageView[] = [
    passageOf({ passageId: FIRST.id, text: DOCUMENT_TEXT.slice(FIRST.start, FIRST.end), entityIds: ['org.hamas', 'city.tehran'] }),
    passageOf({ passageId: SECOND.id, text: DOCUMENT_TEXT.slice(SECOND.start, SECOND.end), heading: SECOND.heading, entityIds: ['country.iran'] }),
  ];
  const mentionsOf = (entity: Entity, passage: PassageView) =>
    entity.forms.concat(entity.nisba ?? []).flatMap((form) => {
      const at = passage.text.indexOf(form);
      return at === -1 ? [] : [{ start: at, end: at + form.length }];
    });
  const searches: string[] = [];
  return {
    searches,
    async search(query) {
      searches.push(query);
      const named = ENTITIES.filter((entity) => [entity.nameEn.toLowerCase(), ...entity.forms].some((name) => query.toLowerCase().includes(name) || name.includes(query.replace(/^ب/, ''))));
      return passages.filter((passage) => named.some((entity) => passage.entityIds.includes(entity.id))).map((passage) => hitOf(passage));
    },
    async lookupEntity(entityId): Promise<EntityLookup | null> {
      const entity = ENTITIES.find((known) => known.id === entityId);
      if (!entity) return null;
      const found = passages.filter((passage) => passage.entityIds.includes(entityId));
      return {
        entity,
        total: found.length,
        passages: found.map((passage) => ({ ...passage, highlights: mentionsOf(entity, passage), snippet: hitOf(passage).snippet })),
        related: ENTITIES.filter((other) => other !== entity).map((other) => ({ entityId: other.id, relation: null, sharedPassages: 1 })),
      };
    },
    async passage(passageId) {
      return passages.find((passage) => passage.passageId === passageId) ?? null;
    },
    async document(documentId): Promise<DocumentView | null> {
      return documentId === 'doc-1' ? { documentId, text: DOCUMENT_TEXT, source: passages[0]!.source, passages: [FIRST, SECOND] } : null;
    },
    async entities(ids) {
      const infos = await Promise.all(ids.map((id) => this.lookupEntity(id)));
      return new Map(infos.flatMap((info) => (info ? [[info.entity.id, { entity: info.entity, passageCount: info.total }] as const] : [])));
    },
  };
}
