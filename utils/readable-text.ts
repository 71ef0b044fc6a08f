/** A page's or an HTML file's reading text and title. */
export interface ReadableText {
  title: string | null;
  text: string;
}

/**
 * The reading text of a document: scripts, styles and embedded objects dropped, block elements on their own
 * lines, the `<article>` or `<main>` alone when the page has one with real text. It reads only `textContent`
 * and never inserts anything, so hostile markup (`<img onerror>`, `<script>`) stays inert.
 *
 * Self-contained on purpose: the background injects this very function into a tab ("Add this page to my
 * corpus"), which serialises its source and so cannot see anything it would import.
 */
export function readableTextOf(root: Document = document): ReadableText {
  const DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'SELECT', 'BUTTON', 'NAV', 'ASIDE', 'HEAD']);
  const BLOCK = /^(ADDRESS|ARTICLE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/u;
  const MIN_ARTICLE_CHARS = 200;

  const textOf = (start: Node): string => {
    const parts: string[] = [];
    const walk = (node: Node): void => {
      if (node.nodeType === 3) {
        parts.push((node.nodeValue ?? '').replace(/\s+/gu, ' '));
        return;
      }
      if (node.nodeType !== 1) return;
      const name = (node as Element).tagName.toUpperCase();
      if (DROPPED.has(name) || (node as Element).getAttribute('hidden') !== null || (node as Element).getAttribute('aria-hidden') === 'true') return;
      const block = BLOCK.test(name);
      if (block) parts.push('\n');
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
      if (block) parts.push('\n');
    };
    walk(start);
    return parts
      .join('')
      .split('\n')
      .map((line) => line.trim())
      .filter((line, index, lines) => line !== '' || (index > 0 && lines[index - 1] !== ''))
      .join('\n')
      .replace(/\n{2,}/gu, '\n\n')
      .trim();
  };

  const candidates = [...root.querySelectorAll('article, main, [role="main"]')];
  const main = candidates.map(textOf).find((text) => text.length >= MIN_ARTICLE_CHARS);
  const heading = root.querySelector('h1')?.textContent?.replace(/\s+/gu, ' ').trim();
  const title = root.title?.replace(/\s+/gu, ' ').trim() || heading || null;
  return { title, text: main ?? (root.body ? textOf(root.body) : '') };
}

/** Parses HTML into an inert document (no script runs, no image loads) and reads its text. */
export function readableTextOfHtml(html: string): ReadableText {
  return readableTextOf(new DOMParser().parseFromString(html, 'text/html'));
}
