import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_MODULE_GLOBAL, CARD_MODULE_PATH, type Card, type CardEvents, type CardModule, type CardSnapshot, type OpenedBy } from './card-contract';
import type { PageMention } from './page-mentions';

/**
 * Stands in for the card until its bundle is needed: the first prefetch (a pointer resting on a name) loads it,
 * so the hover delay hides the load. Keeps the content script itself small.
 */
export class LazyCard implements Card {
  private card: Card | undefined;
  private loading: Promise<Card> | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly events: CardEvents,
  ) {}

  get current(): PageMention | null {
    return this.card?.current ?? null;
  }

  get openedBy(): OpenedBy | null {
    return this.card?.openedBy ?? null;
  }

  isOwnHost(target: EventTarget | null): boolean {
    return this.card?.isOwnHost(target) ?? false;
  }

  prefetch(mention: PageMention): void {
    // A failed load is recorded when the card is opened; a prefetch only tries.
    this.load().then((card) => card.prefetch(mention), () => undefined);
  }

  stage(mention: PageMention | null): void {
    // Not loaded yet: the card opens the slower way.
    this.card?.stage(mention);
  }

  async open(mention: PageMention, openedBy: OpenedBy): Promise<void> {
    await (await this.load()).open(mention, openedBy);
  }

  close(): void {
    this.card?.close();
  }

  async announce(text: string): Promise<void> {
    await (await this.load()).announce(text);
  }

  describe(): CardSnapshot | null {
    return this.card?.describe() ?? null;
  }

  private load(): Promise<Card> {
    this.loading ??= (async () => {
      const url = (browser.runtime.getURL as (path: string) => string)(CARD_MODULE_PATH);
      await import(/* @vite-ignore */ url);
      const module = (globalThis as Record<string, unknown>)[CARD_MODULE_GLOBAL] as CardModule | undefined;
      if (!module) throw new Error(`the hover card bundle at ${url} did not load`);
      this.card = module.create(this.ctx, this.events);
      return this.card;
    })();
    // The next hover tries again (an extension updated under the page, a file being rewritten).
    this.loading.catch(() => (this.loading = undefined));
    return this.loading;
  }
}
