/**
 * Renumbering after removal: the search index numbers documents, passages and items densely in the order they were
 * added, and removing some moves the rest down, keeping their order.
 */

/** Each of `count` items' new number when only those `keep` accepts remain, in the same order; -1 for the others. */
export function renumbering(count: number, keep: (item: number) => boolean): Int32Array {
  const newNumbers = new Int32Array(count);
  let next = 0;
  for (let item = 0; item < count; item += 1) newNumbers[item] = keep(item) ? next++ : -1;
  return newNumbers;
}

/** Moves each kept item to its new number in place and drops the rest. */
export function compact<T>(items: T[], newNumbers: Int32Array): void {
  let kept = 0;
  items.forEach((item, number) => {
    const renumbered = newNumbers[number] ?? -1;
    if (renumbered >= 0) {
      items[renumbered] = item;
      kept = renumbered + 1;
    }
  });
  items.length = kept;
}
