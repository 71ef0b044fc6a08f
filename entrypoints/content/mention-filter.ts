import { ENTITY_TYPES } from '@/lib/catalogue/types';
import type { PageFalseMatch } from '@/utils/messages';
import { isTypeShown, pageAddressOf, type PageSettings } from '@/utils/page-settings';

/** Whether a mention found by the matcher is kept on this page. */
export type KeepMention = (entityId: string, text: string) => boolean;

/**
 * Leaves out the kinds of entity the user chose not to see and the mentions they turned away on this page
 * ("not this one", remembered, or only for this visit in a private window). A turned-away mention is the same
 * words (compared as written, white space collapsed) read as the same entity on the same page.
 */
export function mentionFilter(
  { entityTypes, falseMatches }: { entityTypes: Record<string, string>; falseMatches: readonly PageFalseMatch[] },
  settings: Pick<PageSettings, 'shownTypes'>,
  pageUrl: string,
  dismissedHere: ReadonlySet<string> = new Set(),
): KeepMention {
  const page = pageAddressOf(pageUrl);
  const turnedAway = new Set(dismissedHere);
  for (const match of falseMatches) if (match.url === page) turnedAway.add(falseMatchKey(match.entityId, match.text));
  // Asked for every mention of the page: with every kind shown and nothing turned away, it asks nothing.
  if (turnedAway.size === 0 && ENTITY_TYPES.every((type) => settings.shownTypes.includes(type))) return keepAll;
  return (entityId, text) => isTypeShown(settings, entityTypes[entityId]) && (turnedAway.size === 0 || !turnedAway.has(falseMatchKey(entityId, text)));
}

const keepAll: KeepMention = () => true;

export function falseMatchKey(entityId: string, text: string): string {
  return `${entityId}\u0000${text.replace(/\s+/gu, ' ').trim()}`;
}
