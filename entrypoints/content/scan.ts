import type { MentionSpans } from '@/lib/match';
import { blockWindows, TextBatch } from '@/lib/page/block-text';
import { mergeSpans } from '@/lib/page/mention-spans';
import { runInSlices } from '@/lib/page/time-slices';
import { sliceClock } from './clock';
import { ARABIC } from './arabic';
import type { PageMatcher } from './marking-contract';
import type { KeepMention } from './mention-filter';
import { PageMention, type MentionStore } from './page-mentions';
import { blockOf, BlockCursor, isInlineElement, isInsideSkipped, type TextBlock } from './text-blocks';

/**
 * Characters of text searched at once: a search's fixed cost is paid once per batch. The first searches run on
 * cold (unoptimised) code at several times the later cost, so batches start small and grow to the largest that
 * still keeps a search well inside a slice.
 */
const BATCH_LENGTH = { first: 400, max: 4000 };
/**
 * A block longer than this (a plain-text file is one) is searched in windows of `WINDOW_LENGTH`, one per step
 * (see `blockWindows`): small, as the first ones run on cold code, where 8,000 characters took 20–50 ms.
 */
const LONG_BLOCK = 8000;
const WINDOW_LENGTH = 2000;

/** Elements looked at for an open shadow root in one step of the first pass. */
const ELEMENTS_PER_STEP = 256;

export interface ScanTimes {
  /**
   * When the first pass started and how long its slices ran in all, by the clock: the time between slices is left
   * out, the time the thread waited for a CPU within one is not (the benchmark reads the CPU time from a trace).
   */
  started?: number;
  scriptMs: number;
}

/**
 * Reads blocks, finds their mentions and records them in the store, in time slices. The first pass starts at
 * the top of the viewport, reads down to the end of the page, then reads the part above the viewport.
 */
export class Scanner {
  readonly times: ScanTimes = { scriptMs: 0 };
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly pendingShadowRoots: ShadowRoot[] = [];
  private batch = new TextBatch();
  private batchBlocks: { block: TextBlock; pass: number }[] = [];
  /** Windows of long blocks still to be searched, in order: their segments, nodes and where each starts in its node. */
  private windows: { block: TextBlock; pass: number; segments: string[]; bases: number[] }[] = [];
  private batchLimit = BATCH_LENGTH.first;
  /** Each reading of a subtree is a pass: the runs of one block met in one pass add up instead of replacing each other. */
  private pass = 0;

  constructor(
    private readonly matcher: PageMatcher,
    private readonly store: MentionStore,
    private readonly hooks: {
      /** Whether a mention the matcher found is kept (shown types, "not this one"). */
      keep: KeepMention;
      /** A new open shadow root was met: style it, observe it. */
      onShadowRoot(root: ShadowRoot): void;
      /** The first viewport has been read (its blocks are in the store). */
      onViewportRead(blocks: Node[]): void;
    },
  ) {}

  knownShadowRoots(): ReadonlySet<ShadowRoot> {
    return this.shadowRoots;
  }

  /** The first full pass over the document. */
  async scanPage(signal: AbortSignal): Promise<boolean> {
    const body = document.body ?? document.documentElement;
    const start = viewportStart(body);
    // The first registration waits for the screen the reader sees, no more; the observer extends it after the pass.
    const viewportBottom = innerHeight;
    const viewportBlocks: Node[] = [];
    const pass = ++this.pass;
    this.times.started = performance.now();
    let inViewport = true;

    // Shadow roots are looked for after the text of the page itself, in slices: one query over a big page's
    // elements took a whole slice before the viewport was read.
    const noShadows = () => undefined;
    const below = new BlockCursor(body, noShadows, start ? { startAt: start, findShadows: false } : { findShadows: false });
    let stopAbove: Text | undefined;
    let above: BlockCursor | null = null;
    let elements: NodeListOf<Element> | null = null;
    let elementIndex = 0;
    const nextElementWithShadow = (): boolean => {
      if (!elements) this.flush();
      elements ??= body.querySelectorAll('*');
      // Elements by the hundred per step: one at a time, the slices' clock cost more than the look at each.
      const end = Math.min(elementIndex + ELEMENTS_PER_STEP, elements.length);
      if (elementIndex >= end) return this.nextShadowRoot();
      for (; elementIndex < end; elementIndex++) {
        const element = elements[elementIndex]!;
        if (element.shadowRoot && !isInsideSkipped(element)) this.meet(element.shadowRoot);
      }
      return true;
    };

    const finished = await runInSlices(
      () => {
        if (this.readWindow()) return true;
        if (!above) {
          const block = below.next();
          if (block) {
            stopAbove ??= block.nodes[0];
            const arabic = this.readBlock(block, pass);
            if (inViewport) {
              if (arabic) viewportBlocks.push(block.container);
              if (isBelow(block.container, viewportBottom)) {
                inViewport = false;
                this.viewportRead(viewportBlocks);
              }
            }
            return true;
          }
          if (inViewport) {
            inViewport = false;
            this.viewportRead(viewportBlocks);
          }
          if (!start) return nextElementWithShadow();
          above = new BlockCursor(body, noShadows, { findShadows: false, ...(stopAbove ? { stopAt: stopAbove } : {}) });
        }
        const block = above.next();
        if (block) {
          this.readBlock(block, pass);
          return true;
        }
        return nextElementWithShadow();
      },
      {
        signal,
        clock: sliceClock,
        onSliceEnd: (spent) => {
          this.times.scriptMs += spent;
        },
      },
    );
    return finished;
  }

  /**
   * Rescans what a mutation touched, within `deadline`; returns the roots it could not reach in time. A root is
   * widened to its whole block first: a text node or an inline element changes the text of the block around it.
   */
  rescan(roots: readonly Node[], deadline: number): Node[] {
    const containers = new Set<Node>();
    for (const root of roots) containers.add(root instanceof Element && !isInlineElement(root) ? root : blockOf(root));
    const left: Node[] = [];
    const queue = [...containers];
    for (const [index, container] of queue.entries()) {
      if (performance.now() >= deadline) {
        left.push(...queue.slice(index));
        break;
      }
      if (!container.isConnected || isInsideSkipped(container)) continue;
      const pass = ++this.pass;
      const cursor = new BlockCursor(container, (shadow) => this.meet(shadow));
      for (let block = cursor.next(); block; block = cursor.next()) this.readBlock(block, pass);
    }
    while (this.readWindow());
    this.flush();
    while (this.pendingShadowRoots.length > 0 && performance.now() < deadline) this.nextShadowRoot();
    return left;
  }

  /**
   * Reads one block: a block without Arabic is settled at once, the others wait in a batch searched as one text
   * (see `TextBatch`); returns whether the block holds Arabic.
   */
  readBlock(block: TextBlock, pass: number): boolean {
    const texts = block.nodes.map((node) => node.data);
    if (!texts.some((text) => ARABIC.test(text))) {
      this.store.replaceBlock(block.container, [], pass);
      return false;
    }
    let length = 0;
    for (const text of texts) length += text.length;
    if (length > LONG_BLOCK) {
      // Windows left from an earlier reading of the block would now be out of date.
      this.windows = this.windows.filter((pending) => pending.block.container !== block.container);
      for (const { segments, nodes, bases } of blockWindows(texts, WINDOW_LENGTH)) {
        this.windows.push({ block: { container: block.container, nodes: nodes.map((node) => block.nodes[node]!) }, pass, segments, bases });
      }
      this.readWindow();
      return true;
    }
    this.add(block, pass, texts);
    return true;
  }

  /** Adds the next window of a long block to the batch; false when none is waiting. */
  private readWindow(): boolean {
    const window = this.windows.shift();
    if (!window) return false;
    this.add(window.block, window.pass, window.segments, window.bases);
    return true;
  }

  private add(block: TextBlock, pass: number, segments: readonly string[], bases?: readonly number[]): void {
    this.batch.addBlock(segments, bases);
    this.batchBlocks.push({ block, pass });
    if (this.batch.length >= this.batchLimit) this.flush();
  }

  /** Searches the waiting blocks and records their mentions. */
  flush(): void {
    const batch = this.batch;
    const blocks = this.batchBlocks;
    if (blocks.length === 0) return;
    this.batch = new TextBatch();
    this.batchBlocks = [];
    this.batchLimit = Math.min(BATCH_LENGTH.max, this.batchLimit * 2);
    const text = batch.text();
    const found = this.matcher.find(text);
    // The user's own entities: a second search only when there are any, its mentions flagged for the highlighter.
    const ownFound = this.matcher.findOwn?.(text);
    const spans: MentionSpans & { second?: Uint8Array } = ownFound && ownFound.count > 0 ? mergeSpans(found, ownFound) : found;
    const { keep } = this.hooks;
    const perBlock = blocks.map((): PageMention[] => []);
    batch.place(spans.count, spans.start, spans.end, (index, blockIndex, startSegment, startOffset, endSegment, endOffset) => {
      const id = spans.id[index]!;
      const mentionText = text.slice(spans.start[index]!, spans.end[index]!);
      if (!keep(id, mentionText)) return;
      const { nodes, container } = blocks[blockIndex]!.block;
      const own = spans.second?.[index] === 1;
      perBlock[blockIndex]!.push(new PageMention(id, mentionText, nodes[startSegment]!, startOffset, nodes[endSegment]!, endOffset, container, own));
    });
    blocks.forEach(({ block, pass }, index) => this.store.replaceBlock(block.container, perBlock[index]!, pass));
  }

  private meet(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    this.pendingShadowRoots.push(root);
    this.hooks.onShadowRoot(root);
  }

  /** Reads one pending shadow root whole (they are small); false when none is left. */
  private nextShadowRoot(): boolean {
    const root = this.pendingShadowRoots.shift();
    if (!root) return false;
    const pass = ++this.pass;
    const cursor = new BlockCursor(root, (inner) => this.meet(inner));
    for (let block = cursor.next(); block; block = cursor.next()) this.readBlock(block, pass);
    while (this.readWindow());
    this.flush();
    return true;
  }

  private viewportRead(blocks: Node[]): void {
    this.flush();
    this.hooks.onViewportRead(blocks);
  }
}

/** The first block in the viewport: where the first pass starts, so what the reader sees is marked first. */
function viewportStart(body: HTMLElement): Element | undefined {
  if (scrollY < innerHeight / 2) return undefined;
  let earliest: Node | undefined;
  for (const fraction of [0.05, 0.25, 0.5]) {
    const node = caretNodeAt(innerWidth / 2, innerHeight * fraction);
    if (!node || !body.contains(node)) continue;
    if (!earliest || node.compareDocumentPosition(earliest) & Node.DOCUMENT_POSITION_FOLLOWING) earliest = node;
  }
  if (!earliest || isInsideSkipped(earliest)) return undefined;
  const block = earliest instanceof Element ? earliest : earliest.parentElement;
  return block ?? undefined;
}

function caretNodeAt(x: number, y: number): Node | null {
  const doc = document as Document & { caretRangeFromPoint?(x: number, y: number): Range | null };
  if (typeof doc.caretPositionFromPoint === 'function') return doc.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  return doc.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
}

function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node instanceof ShadowRoot ? node.host : node.parentElement;
}

function isBelow(container: Node, bottom: number): boolean {
  const element = elementOf(container);
  return element ? element.getBoundingClientRect().top > bottom : false;
}
