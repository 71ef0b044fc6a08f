import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { deserializeMatcher, findSpans } from '@/lib/match';
import { MARKING_MODULE_GLOBAL, type MarkingModule } from '../content/marking-contract';
import { MarkingSession } from '../content/session';

/**
 * The recogniser and the page marking as their own bundle, loaded by the content script only on a page that has
 * Arabic text: every other page is spared parsing it. It runs in the content script's world and hands over
 * through a global there.
 */
export default defineUnlistedScript(() => {
  const module: MarkingModule = {
    compile(serialized) {
      const matcher = deserializeMatcher(serialized);
      return (text) => findSpans(matcher, text);
    },
    MarkingSession,
  };
  (globalThis as Record<string, unknown>)[MARKING_MODULE_GLOBAL] = module;
});
