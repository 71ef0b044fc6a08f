import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { deserializeMatcher, findSpans } from '@/lib/match';
import { MATCHER_MODULE_GLOBAL, type MatcherModule } from '../content/matcher-contract';

/**
 * The recogniser as its own bundle, loaded by the content script only on a page that has Arabic text: every
 * other page is spared parsing it. It runs in the content script's world and hands over through a global there.
 */
export default defineUnlistedScript(() => {
  const module: MatcherModule = {
    compile(serialized) {
      const matcher = deserializeMatcher(serialized);
      return (text) => findSpans(matcher, text);
    },
  };
  (globalThis as Record<string, unknown>)[MATCHER_MODULE_GLOBAL] = module;
});
