import { ThrottledPump } from '@/lib/page/time-slices';
import { timerClock } from './clock';
import { isInlineElement, UI_HOST_TAG } from './text-blocks';

/** Per run, at most this much of our script; the pump widens its interval when runs keep using it all. */
const RUN_BUDGET_MS = 8;

/**
 * Follows a page that changes after the first pass (feeds, single-page apps): records which subtrees changed and
 * rescans only those, at most every 100 ms and within a bounded share of the CPU, however fast the page changes.
 */
export class MutationFollower {
  private readonly dirty = new Set<Node>();
  private removals = false;
  private readonly observer: MutationObserver;
  private readonly pump: ThrottledPump;

  constructor(
    private readonly rescan: (roots: readonly Node[], deadline: number) => Node[],
    private readonly afterRun: (removals: boolean) => void,
  ) {
    this.observer = new MutationObserver((records) => this.record(records));
    this.pump = new ThrottledPump(() => this.run(), { minIntervalMs: 100, maxIntervalMs: 2000, maxCpuShare: 0.15, clock: timerClock });
  }

  observe(root: Node): void {
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** Queues a subtree for rescanning as if it had just changed. */
  touch(root: Node): void {
    this.dirty.add(root);
    this.pump.request();
  }

  stop(): void {
    this.observer.disconnect();
    this.pump.stop();
    this.dirty.clear();
  }

  private record(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        this.dirty.add(record.target);
        continue;
      }
      if (record.removedNodes.length > 0 && !isOurs(record.removedNodes)) this.removals = true;
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName !== UI_HOST_TAG)) this.dirty.add(node);
      }
      // Removing text or inline markup changes the text of the block it was in; removing whole blocks does not.
      if ([...record.removedNodes].some(changesBlockText)) this.dirty.add(record.target);
    }
    if (this.dirty.size > 0 || this.removals) this.pump.request();
  }

  private run(): void {
    const roots = [...this.dirty];
    this.dirty.clear();
    const removals = this.removals;
    this.removals = false;
    const left = this.rescan(roots, performance.now() + RUN_BUDGET_MS);
    for (const root of left) this.dirty.add(root);
    this.afterRun(removals);
    if (this.dirty.size > 0) this.pump.request();
  }
}

function changesBlockText(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE || (node instanceof Element && isInlineElement(node));
}

function isOurs(nodes: NodeList): boolean {
  return nodes.length === 1 && nodes[0] instanceof Element && nodes[0].localName === UI_HOST_TAG;
}
