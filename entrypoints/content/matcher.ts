import { browser } from 'wxt/browser';
// TEMPORARY: the stand-in until lib/match lands; then import deserializeMatcher and findMentions from '@/lib/match'.
import { deserializeMatcher, findMentions } from '@/lib/page/stand-in-matcher';
import type { FindMentions } from './scan';

/** The compiled matcher, from the background (which recompiles it when the user's entities change). */
export async function loadMatcher(): Promise<FindMentions> {
  const reply = (await browser.runtime.sendMessage({ type: 'matcher' })) as { ok: boolean; value?: unknown; error?: string } | undefined;
  if (!reply?.ok || typeof reply.value !== 'string') throw new Error(`matcher: ${reply?.error ?? 'no reply from the background'}`);
  const matcher = deserializeMatcher(reply.value);
  return (text) => findMentions(matcher, text);
}
