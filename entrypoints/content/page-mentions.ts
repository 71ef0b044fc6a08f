import { blockOf } from './text-blocks';

/**
 * A mention found on the page: where it is, as the text nodes and offsets it starts and ends at. Its static range
 * (which costs the page nothing when its DOM changes) is made when first asked for: on a big page most mentions
 * lie far from the viewport and are never painted, hovered or scrolled to.
 */
export class PageMention {
  private madeRange: StaticRange | null = null;

  constructor(
    readonly entityId: string,
    /** The page's text of the mention. */
    readonly text: string,
    readonly startNode: Text,
    readonly startOffset: number,
    readonly endNode: Text,
    readonly endOffset: number,
    /** The block it was found in: rescanning the block replaces its mentions. */
    readonly block: Node,
    /**
     * One of the user's own entities: listed in the report and shown by the hover card (closed shadow root), but
     * never put where the page's scripts can read it (the CSS highlight registry) unless the user chose so.
     */
    readonly own: boolean,
  ) {}

  get range(): StaticRange {
    this.madeRange ??= new StaticRange({ startContainer: this.startNode, startOffset: this.startOffset, endContainer: this.endNode, endOffset: this.endOffset });
    return this.madeRange;
  }
}

/** Whether a mention may be registered as a CSS highlight, which every script of the page can read. */
export function mayMarkOnPage(mention: Pick<PageMention, 'own'>, markOwnEntities: boolean): boolean {
  return !mention.own || markOwnEntities;
}

/** A live range over a mention for geometry; null once the page has changed under it. */
export function liveRange(mention: PageMention): Range | null {
  const { startNode, startOffset, endNode, endOffset } = mention;
  if (!startNode.isConnected || !endNode.isConnected) return null;
  try {
    const range = document.createRange();
    range.setStart(startNode, startOffset);
    range.setEnd(endNode, endOffset);
    return range.collapsed ? null : range;
  } catch {
    return null;
  }
}

export function rectsContain(rects: DOMRectList | DOMRect[], x: number, y: number): boolean {
  for (const rect of rects) if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  return false;
}

/**
 * Every mention on the page, by block and by text node. Blocks are replaced whole when rescanned; ordering in
 * the page is computed only when asked (next/previous, the report).
 */
export class MentionStore {
  private readonly byBlock = new Map<Node, PageMention[]>();
  private readonly passOf = new WeakMap<Node, number>();
  private ordered: PageMention[] | null = null;
  private readonly listeners = new Set<(block: Node) => void>();
  version = 0;

  /** Called whenever a block's mentions change. */
  onChange(listener: (block: Node) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Records what one run of a block's text holds. Within one `pass` the runs of a block add up (text, a nested
   * block, more text); the first run of a new pass replaces what the block held before.
   */
  replaceBlock(block: Node, mentions: PageMention[], pass: number): void {
    const sameUpdate = this.passOf.get(block) === pass;
    this.passOf.set(block, pass);
    const previous = this.byBlock.get(block);
    if (!previous?.length && mentions.length === 0) return;
    if (sameUpdate) {
      if (mentions.length === 0) return;
      this.byBlock.set(block, [...(previous ?? []), ...mentions]);
    } else if (mentions.length === 0) {
      this.byBlock.delete(block);
    } else {
      this.byBlock.set(block, mentions);
    }
    this.changed(block);
  }

  /** Drops the mentions of blocks the page has removed. */
  pruneDisconnected(): void {
    for (const block of [...this.byBlock.keys()]) {
      if (!block.isConnected) {
        this.byBlock.delete(block);
        this.changed(block);
      }
    }
  }

  clear(): void {
    const blocks = [...this.byBlock.keys()];
    this.byBlock.clear();
    for (const block of blocks) this.changed(block);
  }

  inBlock(block: Node): readonly PageMention[] {
    return this.byBlock.get(block) ?? [];
  }

  /**
   * The mentions the text at a caret may belong to: those that reach `offset` in `node`, and those holding part of
   * a text node beside it (a caret can land just outside the text under the pointer). Looked up in one pass over
   * the block when asked (a hover), not indexed node by node as they are found: a big page has tens of thousands
   * of mentions and is hovered in a few places, and a plain-text file is one node with all of them.
   */
  atCaret(node: Node, offset: number): PageMention[] {
    const here = textOrNull(node);
    const before = textOrNull(node.previousSibling);
    const after = textOrNull(node.nextSibling);
    // Side by side under one parent, the three are in one block.
    const anyText = here ?? before ?? after;
    if (!anyText) return [];
    return this.inBlock(blockOf(anyText)).filter(
      (mention) => (here !== null && holds(mention, here, offset)) || (before !== null && holds(mention, before)) || (after !== null && holds(mention, after)),
    );
  }

  blocks(): IterableIterator<Node> {
    return this.byBlock.keys();
  }

  /** All mentions in page order (blocks in tree order; across shadow roots, by host position). */
  inPageOrder(): readonly PageMention[] {
    if (!this.ordered) {
      const blocks = [...this.byBlock.keys()].filter((block) => block.isConnected).sort(compareInPage);
      this.ordered = blocks.flatMap((block) => this.byBlock.get(block) ?? []);
    }
    return this.ordered;
  }

  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const mentions of this.byBlock.values()) for (const { entityId } of mentions) counts[entityId] = (counts[entityId] ?? 0) + 1;
    return counts;
  }

  private changed(block: Node): void {
    this.version++;
    this.ordered = null;
    for (const listener of this.listeners) listener(block);
  }
}

function textOrNull(node: Node | null): Text | null {
  return node?.nodeType === Node.TEXT_NODE ? (node as Text) : null;
}

/** Whether `mention` holds part of the text node `node`, reaching `offset` in it when given. */
function holds(mention: PageMention, node: Text, offset?: number): boolean {
  if (mention.startNode !== node && mention.endNode !== node) return liesBetween(node, mention);
  if (offset === undefined) return true;
  return (mention.startNode !== node || mention.startOffset <= offset) && (mention.endNode !== node || offset <= mention.endOffset);
}

/** A node inside a mention that runs over several (`<a>حزب</a> <a>الله</a>`: the space between). */
function liesBetween(node: Node, mention: PageMention): boolean {
  if (mention.startNode === mention.endNode) return false;
  return (mention.startNode.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && (node.compareDocumentPosition(mention.endNode) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** Tree order that sees through shadow roots: a node inside a shadow tree sorts where its host is. */
function compareInPage(a: Node, b: Node): number {
  const sameTree = a.getRootNode() === b.getRootNode();
  const position = sameTree ? a.compareDocumentPosition(b) : hostChain(a).compareDocumentPosition(hostChain(b));
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

function hostChain(node: Node): Node {
  let current = node;
  for (let root = current.getRootNode(); root instanceof ShadowRoot; root = current.getRootNode()) current = root.host;
  return current === node ? node : current;
}
