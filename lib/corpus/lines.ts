/**
 * Classifies the lines of an Arabic news text: what is content, what is page furniture.
 * Rules are data, each with an example from real articles.
 */

/** Lines a website adds around an article; they are no part of it. */
export const BOILERPLATE_LINE_PATTERNS: readonly RegExp[] = [
  /^اقرأ\s+(?:أيض[اًأ]ً?|ايض[اًأ]ً?|المزيد)\s*[:：]?/u, // «اقرأ أيضًا: دبلوماسية حماس»
  /^(?:اخترنا\s+لك|شاهد\s+أيض[اً]ً?|مواضيع\s+ذات\s+صلة|اقرأ\s+المزيد)\s*[:：]?\s*$/u, // «اخترنا لك»
];

/** «المصدر: طهران - وكالة قدس نت للأنباء -» names where the text was filed and by whom. */
export const SOURCE_LINE_PATTERN = /^المصدر\s*[:：]\s*(.*)$/u;

/** A bullet or dash that opens a list item: «- دعم مسيرات العودة.», «• سياسياً:». */
export const BULLET_PATTERN = /^[-•*–▪◦]\s*/u;

/** Sentence-ending punctuation, Arabic and Latin. */
const SENTENCE_END = /[.؟?!…]["'”“»)\]]*$/u;

/** A short line ending in a colon introduces what follows: «منطلقات العلاقة مع المحور:». */
const HEADING_MAX_LENGTH = 80;

export type LineKind = 'empty' | 'boilerplate' | 'source' | 'heading' | 'bullet' | 'paragraph';

export interface ClassifiedLine {
  kind: LineKind;
  /** Offsets of the line's content in the text, without surrounding white space (and without a bullet mark). */
  start: number;
  end: number;
}

export function classifyLine(text: string, start: number, end: number): ClassifiedLine {
  let contentStart = start;
  let contentEnd = end;
  while (contentStart < contentEnd && /\s/u.test(text[contentStart]!)) contentStart++;
  while (contentEnd > contentStart && /\s/u.test(text[contentEnd - 1]!)) contentEnd--;
  const content = text.slice(contentStart, contentEnd);
  if (content === '') return { kind: 'empty', start: contentStart, end: contentEnd };
  if (BOILERPLATE_LINE_PATTERNS.some((pattern) => pattern.test(content))) {
    return { kind: 'boilerplate', start: contentStart, end: contentEnd };
  }
  if (SOURCE_LINE_PATTERN.test(content)) return { kind: 'source', start: contentStart, end: contentEnd };
  const bullet = BULLET_PATTERN.exec(content);
  const itemStart = contentStart + (bullet ? bullet[0].length : 0);
  const item = text.slice(itemStart, contentEnd);
  if (item.endsWith(':') && item.length <= HEADING_MAX_LENGTH) {
    return { kind: 'heading', start: itemStart, end: contentEnd };
  }
  if (bullet) return { kind: 'bullet', start: itemStart, end: contentEnd };
  return { kind: 'paragraph', start: contentStart, end: contentEnd };
}

/** A line that reads as a title or sub-heading: short, and not ended like a sentence. */
export function looksLikeTitle(content: string, maxLength = 120): boolean {
  return content.length > 0 && content.length <= maxLength && !SENTENCE_END.test(content) && !content.endsWith(':');
}

/** Splits text into lines, keeping each line's offsets. */
export function* lines(text: string): Generator<{ start: number; end: number }> {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    yield { start, end: end > start && text[end - 1] === '\r' ? end - 1 : end };
    start = end + 1;
  }
}
