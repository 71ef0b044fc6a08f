/**
 * Where a document came from, exactly as its own text states it; `null` where the text says nothing.
 * Nothing here is guessed: a title the text lacks is derived from its first words and flagged.
 */
export interface Source {
  title: string | null;
  /** True when `title` was made from the document's first words because the text has no title line. */
  titleDerived: boolean;
  /** The publisher the text names as its own (a masthead line, «المصدر: …»). */
  outlet: string | null;
  /** The place the text is filed from («المصدر: طهران - …»). */
  dateline: string | null;
  /** A date the text states as its own; relative words such as «اليوم الاثنين» are not dates. */
  date: string | null;
  /** An outlet the text names as the one its statements were given to, when it names no publisher. */
  mentionedOutlet: string | null;
  url: string | null;
}

export interface CorpusDocument {
  /** Stable id: the bundled file's stem, or an id given at import. */
  id: string;
  text: string;
  source: Source;
}

export interface Passage {
  /** `<document id>#<n>`, n counting from 1 in reading order. */
  id: string;
  documentId: string;
  /** UTF-16 offsets into the document's text; `text === document.text.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** The section heading the passage stands under («سياسياً»), without its bullet and colon. */
  heading: string | null;
}
