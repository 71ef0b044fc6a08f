import type { Entity } from '../catalogue/types';
import { buildCorpus, type DocumentInput } from '../corpus/corpus';
import type { CorpusDocument, Passage, Source } from '../corpus/types';
import { EntityNameIndex } from './entity-names';
import { EntityPassageIndex, type SerialisedEntityIndex } from './entity-index';
import { rankPassages, type SearchOptions } from './ranking';
import { compact, renumbering } from './renumber';
import { snippetOf } from './snippet';
import { TokenIndex, type SerialisedTokenIndex } from './token-index';
import { tokenize, type Token } from './tokens';
import type { PassageView, Recognise, RelatedEntity, SearchHit, Snippet, Span } from './types';

export const SEARCH_INDEX_FORMAT = 'arabic-lookup/search-index';
export const SEARCH_INDEX_VERSION = 1;

/** The prebuilt index as plain JSON: what the background loads instead of indexing on its first query. */
export interface SerialisedSearchIndex {
  format: typeof SEARCH_INDEX_FORMAT;
  version: number;
  entities: Entity[];
  documents: CorpusDocument[];
  /** Passage text is the document text between `start` and `end`, so it is not stored twice. */
  passages: Omit<Passage, 'text'>[];
  passageTokens: SerialisedTokenIndex;
  mentions: SerialisedEntityIndex;
}

export interface EntityPassage extends PassageView {
  /** The entity's mentions, as offsets into `text`. */
  highlights: Span[];
  snippet: Snippet;
}

export interface EntityLookup {
  entity: Entity;
  /** How many passages mention the entity; `passages` holds the first `limit` of them, most mentions first. */
  total: number;
  passages: EntityPassage[];
  related: RelatedEntity[];
}

export interface DocumentView {
  documentId: string;
  text: string;
  source: Source;
  passages: Omit<Passage, 'text' | 'documentId'>[];
}

export interface SearchIndexStats {
  documents: number;
  passages: number;
  entities: number;
  terms: number;
}

/** The parts ranking reads; passages, documents and entities are numbered densely in the order they were added. */
export interface IndexParts {
  readonly passages: readonly Passage[];
  readonly passageDocument: readonly number[];
  readonly documents: readonly CorpusDocument[];
  readonly documentPassages: readonly (readonly number[])[];
  readonly passageTokens: TokenIndex;
  readonly documentFields: TokenIndex;
  readonly entityNames: EntityNameIndex;
  readonly mentions: EntityPassageIndex;
  readonly recognise: Recognise | undefined;
  tokens(passage: number): readonly Token[];
  foldedWords(passage: number): readonly string[];
  view(passage: number): PassageView;
}

const TOKEN_CACHE_LIMIT = 2048;

/**
 * Corpus search and the entity–passage index over one corpus and one catalogue. Built at build time from the
 * bundled corpus and serialised; loaded by the background; grown and shrunk at run time as users add, edit and
 * delete documents.
 */
export class SearchIndex implements IndexParts {
  readonly passages: Passage[] = [];
  readonly passageDocument: number[] = [];
  readonly documents: CorpusDocument[] = [];
  readonly documentPassages: number[][] = [];
  readonly passageTokens: TokenIndex;
  readonly documentFields = new TokenIndex();
  readonly entityNames: EntityNameIndex;
  readonly mentions: EntityPassageIndex;
  private readonly entityById: Map<string, Entity>;
  private readonly passageNumber = new Map<string, number>();
  private readonly documentNumber = new Map<string, number>();
  private readonly tokenCache = new Map<number, { tokens: Token[]; distinctKeys?: string[] }>();

  private constructor(
    entities: readonly Entity[],
    readonly recognise: Recognise | undefined,
    passageTokens = new TokenIndex(),
    mentions = new EntityPassageIndex(),
  ) {
    this.entityById = new Map(entities.map((entity) => [entity.id, entity]));
    this.entityNames = new EntityNameIndex(entities);
    this.passageTokens = passageTokens;
    this.mentions = mentions;
  }

  /** Indexes a corpus: the recogniser runs over every document, and every passage is tokenised. */
  static build(corpus: { documents: readonly CorpusDocument[]; passages: readonly Passage[] }, entities: readonly Entity[], recognise: Recognise): SearchIndex {
    const index = new SearchIndex(entities, recognise);
    index.addParsed(corpus.documents, corpus.passages);
    return index;
  }

  /** Restores a serialised index without re-indexing; without `recognise` it cannot add documents later. */
  static fromJSON(data: SerialisedSearchIndex, recognise?: Recognise): SearchIndex {
    if (data.format !== SEARCH_INDEX_FORMAT || data.version !== SEARCH_INDEX_VERSION) {
      throw new Error(`Not a search index of version ${SEARCH_INDEX_VERSION}: ${String(data.format)} v${String(data.version)}`);
    }
    const index = new SearchIndex(data.entities, recognise, TokenIndex.fromJSON(data.passageTokens), EntityPassageIndex.fromJSON(data.mentions));
    for (const document of data.documents) index.registerDocument(document);
    for (const stored of data.passages) {
      const document = index.documents[index.documentNumber.get(stored.documentId) ?? -1];
      if (!document) throw new Error(`Passage ${stored.id} belongs to no stored document`);
      index.registerPassage({ ...stored, text: document.text.slice(stored.start, stored.end) });
    }
    return index;
  }

  toJSON(): SerialisedSearchIndex {
    return {
      format: SEARCH_INDEX_FORMAT,
      version: SEARCH_INDEX_VERSION,
      entities: [...this.entityById.values()],
      documents: this.documents,
      passages: this.passages.map(({ text: _text, ...stored }) => stored),
      passageTokens: this.passageTokens.toJSON(),
      mentions: this.mentions.toJSON(),
    };
  }

  /** Adds documents at run time (a user's import) through the same parsing and indexing as the build. */
  addDocuments(inputs: readonly DocumentInput[]): CorpusDocument[] {
    const duplicate = inputs.find((input) => this.documentNumber.has(input.id));
    if (duplicate) throw new Error(`Document ${duplicate.id} is already indexed`);
    const corpus = buildCorpus(inputs);
    this.addParsed(corpus.documents, corpus.passages);
    return corpus.documents;
  }

  /**
   * Removes documents (a user's deletion, or the old version of an edited one) with their passages, mentions and
   * words; unknown ids are ignored. The rest are renumbered in the same order, so every part stays dense and
   * nothing has to filter removed items at query time: search, lookups, related entities, stats and `toJSON`
   * read as if the removed documents had never been added, and the same ids can be added again.
   * Returns the ids removed.
   */
  removeDocuments(documentIds: Iterable<string>): string[] {
    const removed = new Set<number>();
    for (const id of documentIds) {
      const number = this.documentNumber.get(id);
      if (number !== undefined) removed.add(number);
    }
    if (removed.size === 0) return [];
    const removedIds = [...removed].map((number) => this.documents[number]!.id);
    const newDocumentNumbers = renumbering(this.documents.length, (document) => !removed.has(document));
    const newPassageNumbers = renumbering(this.passages.length, (passage) => !removed.has(this.passageDocument[passage]!));

    compact(this.documents, newDocumentNumbers);
    compact(this.documentPassages, newDocumentNumbers);
    for (const passages of this.documentPassages) passages.forEach((passage, position) => (passages[position] = newPassageNumbers[passage]!));
    compact(this.passages, newPassageNumbers);
    compact(this.passageDocument, newPassageNumbers);
    this.passageDocument.forEach((document, passage) => (this.passageDocument[passage] = newDocumentNumbers[document]!));

    this.documentNumber.clear();
    this.documents.forEach((document, number) => this.documentNumber.set(document.id, number));
    this.passageNumber.clear();
    this.passages.forEach((passage, number) => this.passageNumber.set(passage.id, number));
    this.passageTokens.renumber(newPassageNumbers);
    this.documentFields.renumber(newDocumentNumbers);
    this.mentions.renumber(newPassageNumbers);
    // Cached words are keyed by passage number, which has just changed.
    this.tokenCache.clear();
    return removedIds;
  }

  search(query: string, options?: SearchOptions): SearchHit[] {
    return rankPassages(this, query, options);
  }

  entity(entityId: string): Entity | undefined {
    return this.entityById.get(entityId);
  }

  lookupEntity(entityId: string, limit = 10): EntityLookup | null {
    const entity = this.entityById.get(entityId);
    if (!entity) return null;
    const occurrences = [...this.mentions.occurrences(entityId)].sort((a, b) => b.mentions.length - a.mentions.length || a.passage - b.passage);
    return {
      entity,
      total: occurrences.length,
      passages: occurrences.slice(0, Math.max(0, limit)).map(({ passage, mentions }) => {
        const view = this.view(passage);
        const highlights = mentions.map((span) => ({ ...span }));
        return { ...view, highlights, snippet: snippetOf(view.text, highlights) };
      }),
      related: this.mentions.related(entity, this.entityById),
    };
  }

  passage(passageId: string): PassageView | null {
    const passage = this.passageNumber.get(passageId);
    return passage === undefined ? null : this.view(passage);
  }

  document(documentId: string): DocumentView | null {
    const number = this.documentNumber.get(documentId);
    if (number === undefined) return null;
    const document = this.documents[number]!;
    return {
      documentId: document.id,
      text: document.text,
      source: document.source,
      passages: this.documentPassages[number]!.map((passage) => {
        const { id, start, end, heading } = this.passages[passage]!;
        return { id, start, end, heading };
      }),
    };
  }

  stats(): SearchIndexStats {
    return { documents: this.documents.length, passages: this.passages.length, entities: this.entityById.size, terms: this.passageTokens.termCount };
  }

  view(passage: number): PassageView {
    const { id, documentId, text, heading } = this.passages[passage]!;
    const document = this.documents[this.passageDocument[passage]!]!;
    return { passageId: id, documentId, text, heading, source: document.source, entityIds: [...this.mentions.entitiesIn(passage)] };
  }

  /** The passage's words with their folded keys, remembered for the passages searches keep returning. */
  tokens(passage: number): readonly Token[] {
    return this.tokenized(passage).tokens;
  }

  /** The passage's distinct words as folded keys, for fuse.js to score candidates in the query's spelling. */
  foldedWords(passage: number): readonly string[] {
    const entry = this.tokenized(passage);
    entry.distinctKeys ??= [...new Set(entry.tokens.map((token) => token.key))];
    return entry.distinctKeys;
  }

  private tokenized(passage: number): { tokens: Token[]; distinctKeys?: string[] } {
    let entry = this.tokenCache.get(passage);
    if (!entry) {
      if (this.tokenCache.size >= TOKEN_CACHE_LIMIT) this.tokenCache.clear();
      entry = { tokens: tokenize(this.passages[passage]!.text) };
      this.tokenCache.set(passage, entry);
    }
    return entry;
  }

  private addParsed(documents: readonly CorpusDocument[], passages: readonly Passage[]): void {
    const recognise = this.recognise;
    if (!recognise) throw new Error('This search index was loaded without a recogniser and cannot index documents');
    const passagesByDocument = new Map<string, Passage[]>();
    for (const passage of passages) {
      const group = passagesByDocument.get(passage.documentId);
      if (group) group.push(passage);
      else passagesByDocument.set(passage.documentId, [passage]);
    }
    for (const document of documents) {
      this.registerDocument(document);
      const mentions = recognise(document.text);
      for (const passage of passagesByDocument.get(document.id) ?? []) {
        const number = this.registerPassage(passage);
        this.passageTokens.add(number, tokenize(passage.heading ? `${passage.heading}\n${passage.text}` : passage.text).map((token) => token.key));
        const inside = mentions.filter((mention) => mention.start >= passage.start && mention.end <= passage.end);
        this.mentions.add(
          number,
          inside.map((mention) => ({ id: mention.id, start: mention.start - passage.start, end: mention.end - passage.start })),
        );
      }
    }
  }

  private registerDocument(document: CorpusDocument): void {
    const number = this.documents.length;
    this.documents.push(document);
    this.documentNumber.set(document.id, number);
    this.documentPassages.push([]);
    this.documentFields.add(number, tokenize(documentFieldText(document)).map((token) => token.key));
  }

  private registerPassage(passage: Passage): number {
    const number = this.passages.length;
    const document = this.documentNumber.get(passage.documentId)!;
    this.passages.push(passage);
    this.passageNumber.set(passage.id, number);
    this.passageDocument.push(document);
    this.documentPassages[document]!.push(number);
    return number;
  }
}

/**
 * The document facts free-text search looks at besides passage text: title and where it came from. A title
 * derived from the first words repeats the first passage, so it is left out.
 */
function documentFieldText(document: CorpusDocument): string {
  const { title, titleDerived, outlet, mentionedOutlet, dateline } = document.source;
  return [titleDerived ? null : title, outlet, mentionedOutlet, dateline].filter((field): field is string => !!field).join('\n');
}
