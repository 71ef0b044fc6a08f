import type { MentionSpans } from '../match';

/** Spans from two searches in one list: `second[i]` is 1 where span `i` came from the second search. */
export type MergedSpans = MentionSpans & { second: Uint8Array };

/**
 * The spans of two searches of one text (the bundled entities and the user's own) in one list sorted by start,
 * the first search's before the second's at equal starts. Each list comes sorted by start.
 */
export function mergeSpans(first: MentionSpans, second: MentionSpans): MergedSpans {
  const count = first.count + second.count;
  const merged: MergedSpans = { count, start: new Int32Array(count), end: new Int32Array(count), id: new Array<string>(count), second: new Uint8Array(count) };
  for (let index = 0, fromFirst = 0, fromSecond = 0; index < count; index++) {
    const takeSecond = fromFirst === first.count || (fromSecond < second.count && second.start[fromSecond]! < first.start[fromFirst]!);
    const source = takeSecond ? second : first;
    const at = takeSecond ? fromSecond++ : fromFirst++;
    merged.start[index] = source.start[at]!;
    merged.end[index] = source.end[at]!;
    merged.id[index] = source.id[at]!;
    merged.second[index] = takeSecond ? 1 : 0;
  }
  return merged;
}
