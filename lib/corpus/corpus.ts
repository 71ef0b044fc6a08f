import { parseDocument } from './document';
import type { CorpusDocument, Passage, Source } from './types';

export interface DocumentInput {
  id: string;
  text: string;
  /** Facts known from a manifest or an import form; omitted ones are read from the text. */
  source?: Partial<Source>;
}

/** Documents and their passages, with lookups by id. Built once; adding documents makes a new one. */
export interface Corpus {
  documents: CorpusDocument[];
  passages: Passage[];
  documentById: Map<string, CorpusDocument>;
  passageById: Map<string, Passage>;
}

export function buildCorpus(inputs: readonly DocumentInput[]): Corpus {
  const documents: CorpusDocument[] = [];
  const passages: Passage[] = [];
  for (const input of inputs) {
    const parsed = parseDocument(input.id, input.text, input.source);
    documents.push(parsed.document);
    passages.push(...parsed.passages);
  }
  return {
    documents,
    passages,
    documentById: new Map(documents.map((document) => [document.id, document])),
    passageById: new Map(passages.map((passage) => [passage.id, passage])),
  };
}
