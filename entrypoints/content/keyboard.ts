import { t } from '@/utils/i18n';
import type { Card } from './card-contract';

/**
 * Page shortcuts, by physical key so they work on an Arabic layout too: Alt+Shift+M toggles marking on this site,
 * Alt+Shift+N / Alt+Shift+P move to the next / previous mention. Never while the user types in a field.
 */
export const SHORTCUTS = { toggleSite: 'KeyM', next: 'KeyN', previous: 'KeyP' } as const;

export function listenForShortcuts(
  actions: { toggleSite(): Promise<boolean>; move(step: 1 | -1): string | null },
  card: Card,
  signal: AbortSignal,
): void {
  addEventListener(
    'keydown',
    (event) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (event.code === SHORTCUTS.toggleSite) {
        event.preventDefault();
        void actions.toggleSite().then((on) => card.announce(t(on ? 'markingOnHere' : 'markingOffHere')));
      } else if (event.code === SHORTCUTS.next || event.code === SHORTCUTS.previous) {
        event.preventDefault();
        const said = actions.move(event.code === SHORTCUTS.next ? 1 : -1);
        void card.announce(said ?? t('noMentions'));
      }
    },
    { capture: true, signal },
  );
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}
