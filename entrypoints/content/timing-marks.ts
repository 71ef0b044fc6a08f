/** Timeline marks the benchmark reads (a performance mark adds nothing to the page's DOM). */
export const TIMING_MARKS = {
  /** The content script began, and the recogniser (code and data) was ready: where the time to the viewport goes. */
  started: 'arabic-lookup:start',
  matcherReady: 'arabic-lookup:matcher-ready',
  viewportMarked: 'arabic-lookup:viewport-marked',
  pageIndexed: 'arabic-lookup:page-indexed',
  /** A measure whose duration is the script time the first pass took (the sum of its slices). */
  indexingScript: 'arabic-lookup:indexing-script',
} as const;
