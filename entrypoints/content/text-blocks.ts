/**
 * Walks the page's readable text block by block. A block is the run of text nodes under one block-level element
 * (inline markup such as `<b>`, `<a>`, `<span>` does not start a new one), so that a name split by markup is
 * read as one string. Skipped: code and form fields, editable regions, elements hidden by attribute, our own UI.
 */
export const UI_HOST_TAG = 'arabic-lookup-card';

/** Subtrees whose text is not prose the reader sees. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'textarea', 'input', 'select', 'option', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio', 'head', 'title', UI_HOST_TAG]);

/** Elements that flow inside a line: their text belongs to the block around them. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'nobr', 'ruby', 'rb', 'rt']);

export interface TextBlock {
  /** The block-level element (or shadow root) the text flows in. */
  container: Node;
  nodes: Text[];
}

export function isSkippedElement(element: Element): boolean {
  if (SKIPPED.has(element.localName)) return true;
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Whether a node sits inside anything we never read (checked once for the root of a partial rescan). */
export function isInsideSkipped(node: Node): boolean {
  for (let element = node instanceof Element ? node : node.parentElement; element; element = element.parentElement) {
    if (isSkippedElement(element)) return true;
  }
  return node.ownerDocument?.designMode === 'on';
}

export function isInlineElement(element: Element): boolean {
  return INLINE.has(element.localName);
}

/** The block a node's text flows in: its nearest ancestor that is not inline markup. */
export function blockOf(node: Node): Node {
  let current: Node | null = node.parentNode;
  // `nodeType`, not `instanceof Element`: this runs for every text node of the page.
  while (current !== null && current.nodeType === Node.ELEMENT_NODE && INLINE.has((current as Element).localName) && current.parentNode) current = current.parentNode;
  return current ?? node;
}

/**
 * Reads blocks in tree order from `root`, starting at `startAt` when given, ending before `stopAt` when given.
 * The walker visits text nodes only, with no filter callback (a JS call per element made walking a big page
 * several times slower); whether a text node sits in a skipped subtree is decided once per block and memoised
 * per element. Open shadow roots are found with one selector query per root read and handed to `onShadowRoot`.
 */
export class BlockCursor {
  private readonly walker: TreeWalker;
  private pending: Text | null = null;
  private done = false;
  private readonly stopAt: Node | null;
  /** Whether each element lies in (or is) a subtree we never read; per cursor, so attribute changes are seen next time. */
  private readonly skipped = new WeakMap<Node, boolean>();

  constructor(
    root: Node,
    onShadowRoot: (root: ShadowRoot) => void,
    { startAt, stopAt, findShadows = !startAt }: { startAt?: Node; stopAt?: Node; findShadows?: boolean } = {},
  ) {
    const document = root.ownerDocument ?? (root as Document);
    this.stopAt = stopAt ?? null;
    this.walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    if (startAt) this.walker.currentNode = startAt;
    if (startAt instanceof Text) this.pending = startAt;
    if (findShadows) findShadowRoots(root, onShadowRoot);
  }

  /** The next block with any text outside skipped subtrees, or null at the end. */
  next(): TextBlock | null {
    for (;;) {
      const first = this.pending ?? this.advance();
      this.pending = null;
      if (!first) return null;
      const container = blockOf(first);
      const nodes = [first];
      // Text nodes side by side under one parent are in one block, and so is text right in the container: only
      // another parent needs the climb.
      let parent = first.parentNode;
      let insideInline = parent !== container;
      for (let node = this.advance(); node; node = this.advance()) {
        const nodeParent = node.parentNode;
        if (nodeParent !== parent && nodeParent !== container && blockOf(node) !== container) {
          this.pending = node;
          break;
        }
        parent = nodeParent;
        if (parent !== container) insideInline = true;
        nodes.push(node);
      }
      if (this.isSkipped(container)) continue;
      const readable = insideInline ? nodes.filter((node) => !hasSkippedInlineParent(node, container)) : nodes;
      if (readable.length > 0) return { container, nodes: readable };
    }
  }

  private isSkipped(node: Node | null): boolean {
    if (!(node instanceof Element)) return false;
    const known = this.skipped.get(node);
    if (known !== undefined) return known;
    const skipped = isSkippedElement(node) || this.isSkipped(node.parentNode);
    this.skipped.set(node, skipped);
    return skipped;
  }

  private advance(): Text | null {
    if (this.done) return null;
    const node = this.walker.nextNode() as Text | null;
    if (!node || node === this.stopAt) {
      this.done = true;
      return null;
    }
    return node;
  }
}

/** Inline markup between a text node and its block can hide it too (`<b hidden>`). */
function hasSkippedInlineParent(node: Text, container: Node): boolean {
  for (let element = node.parentNode; element && element !== container; element = element.parentNode) {
    if (element instanceof Element && isSkippedElement(element)) return true;
  }
  return false;
}

/** The open shadow roots under `root` (not nested ones: those are found when their own root is read). */
export function findShadowRoots(root: Node, found: (root: ShadowRoot) => void): void {
  if (!(root instanceof Element || root instanceof Document || root instanceof DocumentFragment)) return;
  if (root instanceof Element && root.shadowRoot) found(root.shadowRoot);
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot && !isSkippedElement(element)) found(element.shadowRoot);
}
