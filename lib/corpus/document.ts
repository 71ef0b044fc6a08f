import { classifyLine, lines, looksLikeTitle, SOURCE_LINE_PATTERN } from './lines';
import { sentenceSpans, splitLongSentence, type Span } from './sentences';
import type { CorpusDocument, Passage, Source } from './types';

/** A passage holds at most this many sentences, and more than one only while it stays this short. */
export const SENTENCES_PER_PASSAGE = 3;
export const MAX_PASSAGE_LENGTH = 600;
/** A body line this short with no sentence end is a sub-heading («القدومي: حماس حريصة على …»). */
const SUBHEADING_MAX_LENGTH = 80;
const DERIVED_TITLE_WORDS = 8;

export const EMPTY_SOURCE: Source = {
  title: null,
  titleDerived: false,
  outlet: null,
  dateline: null,
  date: null,
  mentionedOutlet: null,
  url: null,
};

export interface ParsedDocument {
  document: CorpusDocument;
  passages: Passage[];
}

/** A run of sentences that may share a passage: one paragraph, or consecutive list items. */
interface Block {
  kind: 'paragraph' | 'list';
  heading: string | null;
  units: Span[];
}

/**
 * Turns a document's text into passages with exact offsets, and reads the source facts the text states.
 * `known` carries facts from a sources manifest (or an import form); lines repeating them (a title or masthead
 * line) are not passages. Without a known title, a short unpunctuated first line is taken as the title.
 */
export function parseDocument(id: string, text: string, known: Partial<Source> = {}): ParsedDocument {
  const stated: Partial<Source> = {};
  const headerLines = new Set([known.title, known.outlet].filter((line): line is string => !!line));
  const blocks: Block[] = [];
  let topHeading: string | null = null;
  let subHeading: string | null = null;
  let seenContent = false;
  let current: Block | null = null;

  for (const { start, end } of lines(text)) {
    const line = classifyLine(text, start, end);
    const content = text.slice(line.start, line.end);
    if (line.kind === 'empty' || line.kind === 'boilerplate') {
      if (line.kind === 'boilerplate' || current?.kind === 'paragraph') current = null;
      continue;
    }
    if (line.kind === 'source') {
      Object.assign(stated, parseSourceLine(content));
      current = null;
      continue;
    }
    if (!seenContent && headerLines.has(content)) continue;
    if (!seenContent && known.title === undefined && stated.title === undefined && looksLikeTitle(content)) {
      stated.title = content;
      continue;
    }
    seenContent = true;
    if (line.kind === 'heading' || (line.kind === 'paragraph' && isSubheading(text, line.start, line.end))) {
      const heading = content.replace(/\s*:$/u, '');
      const isBulletHeading = line.kind === 'heading' && line.start > start && /[-•*–▪◦]/u.test(text.slice(start, line.start));
      if (isBulletHeading && topHeading !== null) subHeading = heading;
      else [topHeading, subHeading] = [heading, null];
      current = null;
      continue;
    }
    const heading = subHeading ? `${topHeading} › ${subHeading}` : topHeading;
    const kind = line.kind === 'bullet' ? 'list' : 'paragraph';
    if (kind === 'paragraph' || current?.kind !== 'list' || current.heading !== heading) {
      current = { kind, heading, units: [] };
      blocks.push(current);
    }
    if (kind === 'list') {
      // A list item is one sentence however it is punctuated; only an over-long one is cut at clauses.
      current.units.push(...splitLongSentence(text, { start: line.start, end: line.end }));
    } else {
      current.units.push(...sentenceSpans(text, line.start, line.end));
    }
  }

  const passages = blocks.flatMap((block) => groupIntoPassages(block)).map((span, index) => ({
    id: `${id}#${index + 1}`,
    documentId: id,
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    heading: span.heading,
  }));
  const source: Source = { ...EMPTY_SOURCE, ...stated, ...definedOnly(known) };
  if (source.title === null && passages[0]) {
    source.title = deriveTitle(passages[0].text);
    source.titleDerived = true;
  }
  return { document: { id, text, source }, passages };
}

function isSubheading(text: string, start: number, end: number): boolean {
  return looksLikeTitle(text.slice(start, end), SUBHEADING_MAX_LENGTH) && sentenceSpans(text, start, end).length === 1;
}

function groupIntoPassages(block: Block): (Span & { heading: string | null })[] {
  const groups: (Span & { heading: string | null; count: number })[] = [];
  for (const unit of block.units) {
    const last = groups[groups.length - 1];
    if (last && last.count < SENTENCES_PER_PASSAGE && unit.end - last.start <= MAX_PASSAGE_LENGTH) {
      last.end = unit.end;
      last.count++;
    } else {
      groups.push({ start: unit.start, end: unit.end, heading: block.heading, count: 1 });
    }
  }
  return groups.map(({ start, end, heading }) => ({ start, end, heading }));
}

/** «المصدر: طهران - وكالة قدس نت للأنباء -»: a place, then the outlet; a single part is the outlet. */
export function parseSourceLine(line: string): Partial<Source> {
  const body = SOURCE_LINE_PATTERN.exec(line)?.[1] ?? '';
  const parts = body
    .split(/\s+[-–—]\s*|\s*[-–—]\s+|\s*[-–—]$/u)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return {};
  if (parts.length === 1) return { outlet: parts[0]! };
  return { dateline: parts[0]!, outlet: parts.slice(1).join(' - ') };
}

export function deriveTitle(text: string): string {
  const words = text.split(/\s+/u).filter(Boolean);
  const head = words.slice(0, DERIVED_TITLE_WORDS).join(' ').replace(/[،؛,;:.]+$/u, '');
  return words.length > DERIVED_TITLE_WORDS ? `${head}…` : head;
}

function definedOnly(facts: Partial<Source>): Partial<Source> {
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined));
}
