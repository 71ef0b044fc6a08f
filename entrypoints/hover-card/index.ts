import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CardController } from '../content/card';
import { CARD_MODULE_GLOBAL, type CardModule } from '../content/card-contract';

/**
 * The hover card as its own bundle (Preact, the shared components, the shadow-root UI), loaded by the content
 * script the first time a pointer rests on a name: pages where nobody hovers never pay for it. It runs in the
 * content script's world and hands its factory over through a global of that world.
 */
export default defineUnlistedScript(() => {
  const module: CardModule = { create: (ctx, events) => new CardController(ctx, events) };
  (globalThis as Record<string, unknown>)[CARD_MODULE_GLOBAL] = module;
});
