import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageSettings } from '@/utils/page-settings';
import type { Card } from './card-contract';
import { Highlighter } from './highlight';
import { HoverTracker } from './hover';
import { MentionStore, type PageMention } from './page-mentions';
import { MutationFollower } from './mutations';
import { PageReporter } from './page-report';
import type { PageMatcher } from './marking-contract';
import type { KeepMention } from './mention-filter';
import { Scanner } from './scan';
import { TIMING_MARKS } from './timing-marks';

/**
 * One period of marking on a page: from the moment marking is on for this site until it is turned off or the
 * content script is invalidated. Everything it starts stops with its AbortController.
 */
export class MarkingSession {
  readonly store = new MentionStore();
  readonly highlighter: Highlighter;
  readonly scanner: Scanner;
  readonly hover: HoverTracker;
  readonly reporter: PageReporter;
  private readonly follower: MutationFollower;
  private readonly controller = new AbortController();
  private cursor = -1;

  constructor(
    ctx: ContentScriptContext,
    matcher: PageMatcher,
    private readonly card: Card,
    private readonly settings: PageSettings,
    keep: KeepMention,
  ) {
    ctx.signal.addEventListener('abort', () => this.stop());
    this.highlighter = new Highlighter(this.store, settings.highlightStyle, settings.markOwnEntities);
    this.store.onChange((block) => this.highlighter.blockChanged(block));
    this.reporter = new PageReporter(this.store, () => true);
    this.follower = new MutationFollower(
      (roots, deadline) => this.scanner.rescan(roots, deadline),
      (removals) => {
        if (removals) this.store.pruneDisconnected();
        this.reporter.request();
      },
    );
    this.scanner = new Scanner(matcher, this.store, {
      keep,
      onShadowRoot: (root) => {
        this.highlighter.styleShadowRoot(root);
        this.follower.observe(root);
      },
      onViewportRead: (blocks) => {
        this.highlighter.markNear(blocks);
        performance.mark(TIMING_MARKS.viewportMarked);
        this.reporter.request();
      },
    });
    this.hover = new HoverTracker(this.store, card, this.highlighter, settings, () => this.scanner.knownShadowRoots(), this.controller.signal);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  async start(): Promise<void> {
    // Changes made while the first pass runs are caught by the observer and reread after it.
    this.follower.observe(document.body ?? document.documentElement);
    const finished = await this.scanner.scanPage(this.controller.signal);
    if (!finished) return;
    performance.mark(TIMING_MARKS.pageIndexed);
    const { started = 0, scriptMs } = this.scanner.times;
    performance.measure(TIMING_MARKS.indexingScript, { start: started, duration: scriptMs });
    this.reporter.request();
    await this.highlighter.observeQueued(this.controller.signal);
  }

  applySettings(settings: PageSettings): void {
    Object.assign(this.settings, settings);
    this.highlighter.setStyle(settings.highlightStyle, settings.markOwnEntities);
  }

  /** Moves to the next or previous mention in page order, shows it, and says where it is. */
  move(step: 1 | -1): PageMention | null {
    const mentions = this.store.inPageOrder();
    if (mentions.length === 0) return null;
    const from = this.card.current ? mentions.indexOf(this.card.current) : this.cursor;
    this.cursor = from === -1 ? (step === 1 ? 0 : mentions.length - 1) : (from + step + mentions.length) % mentions.length;
    const mention = mentions[this.cursor]!;
    this.show(mention);
    void this.card.open(mention, 'keyboard');
    return mention;
  }

  position(mention: PageMention): { index: number; total: number } {
    const mentions = this.store.inPageOrder();
    return { index: mentions.indexOf(mention), total: mentions.length };
  }

  /** Scrolls an entity's n-th mention into view and flashes it; false when the page has no such mention. */
  scrollTo(entityId: string, occurrence: number): boolean {
    const mention = this.store.inPageOrder().filter((candidate) => candidate.entityId === entityId)[occurrence];
    if (!mention) return false;
    this.show(mention);
    return true;
  }

  private show(mention: PageMention): void {
    // Instant: the card placed next to the word right after must find it on screen.
    mention.startNode.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.highlighter.setCurrent(mention);
    this.highlighter.flash(mention);
  }

  stop(): void {
    if (this.controller.signal.aborted) return;
    this.controller.abort();
    this.follower.stop();
    this.reporter.stop();
    this.highlighter.stop();
    this.card.close();
    this.store.clear();
  }
}
