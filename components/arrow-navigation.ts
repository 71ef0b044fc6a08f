/**
 * Arrow keys move focus between the items of a list (`selector` inside the list's element); Home and End jump to
 * the ends; ArrowUp on the first item calls `onLeaveTop` (back to the search box). Tab still walks every control.
 */
export function arrowNavigation(selector: string, onLeaveTop?: () => void) {
  return (event: KeyboardEvent) => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const container = event.currentTarget as HTMLElement;
    const items = [...container.querySelectorAll<HTMLElement>(selector)];
    if (items.length === 0) return;
    const current = items.findIndex((item) => item === document.activeElement || item.contains(document.activeElement));
    event.preventDefault();
    if (event.key === 'Home') return items[0]!.focus();
    if (event.key === 'End') return items[items.length - 1]!.focus();
    if (event.key === 'ArrowUp' && current <= 0) return onLeaveTop?.();
    const next = event.key === 'ArrowDown' ? Math.min(current + 1, items.length - 1) : current - 1;
    items[next]!.focus();
  };
}

/** The items arrow keys move between in every result list: entity chips and passages' reader links. */
export const RESULT_ITEM_SELECTOR = '.chip-list > li > .entity-chip, .passage-card__reader-link';
