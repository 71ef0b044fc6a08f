import type { Source } from '../corpus/types';
import type { Mention } from '../match/types';

/** A half-open range of UTF-16 offsets, `end` exclusive, into the text it is given with. */
export interface Span {
  start: number;
  end: number;
}

/** The recogniser search runs over passages and queries: every mention of a catalogue entity in a text. */
export type Recognise = (text: string) => Mention[];

/** A short window of a passage around its best match. */
export interface Snippet {
  text: string;
  /** Where `text` starts in the passage text: passage offset = `start` + snippet offset. */
  start: number;
  /** Spans to highlight, as offsets into `text`. */
  highlights: Span[];
  /** Whether the passage text goes on before / after the window (for an ellipsis). */
  cutStart: boolean;
  cutEnd: boolean;
}

/** One passage as every surface shows it. */
export interface PassageView {
  passageId: string;
  documentId: string;
  text: string;
  heading: string | null;
  /** The document's source facts; `title` may be derived (see `source.titleDerived`). */
  source: Source;
  /** Entities mentioned in the passage, in order of first mention. */
  entityIds: string[];
}

export interface SearchHit extends PassageView {
  /** 0..1, higher is better. */
  score: number;
  /** Spans to highlight, as offsets into `text`, sorted and disjoint. */
  highlights: Span[];
  snippet: Snippet;
}

/** Another entity an entity goes with: by a catalogue link, by sharing passages, or both. */
export interface RelatedEntity {
  entityId: string;
  /** The catalogue's relation when the two are linked, either way round. */
  relation: string | null;
  /** How many passages mention both. */
  sharedPassages: number;
}
