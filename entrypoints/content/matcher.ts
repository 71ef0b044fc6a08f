import { browser } from 'wxt/browser';
import { MATCHER_MODULE_GLOBAL, MATCHER_MODULE_PATH, type FindMentions, type MatcherModule } from './matcher-contract';

/**
 * The compiled matcher: its data from the background (which recompiles it when the user's entities change), its
 * code from the matcher bundle, both fetched at once and only on pages with Arabic.
 */
export async function loadMatcher(): Promise<FindMentions> {
  const url = (browser.runtime.getURL as (path: string) => string)(MATCHER_MODULE_PATH);
  const [reply] = await Promise.all([browser.runtime.sendMessage({ type: 'matcher' }) as Promise<{ ok: boolean; value?: unknown; error?: string } | undefined>, import(/* @vite-ignore */ url)]);
  if (!reply?.ok || typeof reply.value !== 'string') throw new Error(`matcher: ${reply?.error ?? 'no reply from the background'}`);
  const module = (globalThis as Record<string, unknown>)[MATCHER_MODULE_GLOBAL] as MatcherModule | undefined;
  if (!module) throw new Error(`the matcher bundle at ${url} did not load`);
  return module.compile(reply.value);
}
