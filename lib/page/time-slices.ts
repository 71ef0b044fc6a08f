/**
 * Cooperative time slicing: long work runs as a series of short tasks so the page never waits on us for more
 * than one slice. `setTimeout` rather than `requestIdleCallback`: idle callbacks were measured to run 32–43 ms
 * slices on these machines, timers keep to the budget.
 */
export interface SliceClock {
  now(): number;
  /** Runs `task` in a later task of the event loop. */
  defer(task: () => void): void;
}

export const SLICE_BUDGET_MS = 8;
const MAX_STRIDE = 16;
/** A run of steps under this part of the budget lets the stride grow; one over `SLOW_RUN_FRACTION` shrinks it. */
const QUICK_RUN_FRACTION = 32;
const SLOW_RUN_FRACTION = 4;

/**
 * Calls `step` until it returns false, yielding to the event loop whenever a slice has used its budget.
 * Resolves true when the work is done, false when `signal` aborted it first. Every slice is a task of its own,
 * the first one too: the caller's task (the content script's, which has just loaded the marking bundle and
 * built the matcher) does not grow by a slice, and the page can answer input between the two.
 */
export function runInSlices(
  step: () => boolean,
  { signal, budgetMs = SLICE_BUDGET_MS, clock, onSliceEnd }: {
    signal?: { readonly aborted: boolean };
    budgetMs?: number;
    clock: SliceClock;
    /** Called after every slice with the time it took, e.g. to show what the slice found. */
    onSliceEnd?: (spentMs: number) => void;
  },
): Promise<boolean> {
  // Steps between two looks at the clock: reading it costs as much as a small step (a big page's blocks are
  // many and small), so while steps are quick the stride doubles; a slow run of steps halves it again.
  let stride = 1;
  return new Promise((resolve, reject) => {
    const slice = () => {
      if (signal?.aborted) return resolve(false);
      try {
        const started = clock.now();
        const deadline = started + budgetMs;
        let more = true;
        let now = started;
        while (more && now < deadline) {
          for (let taken = 0; taken < stride && more; taken++) more = step();
          const previous = now;
          now = clock.now();
          if (now - previous < budgetMs / QUICK_RUN_FRACTION) stride = Math.min(MAX_STRIDE, stride * 2);
          else if (now - previous > budgetMs / SLOW_RUN_FRACTION) stride = Math.max(1, stride >> 1);
        }
        onSliceEnd?.(now - started);
        if (!more) return resolve(true);
        clock.defer(slice);
      } catch (error) {
        reject(error);
      }
    };
    clock.defer(slice);
  });
}

/**
 * Runs a job again and again while work keeps arriving, at most once per interval: a throttle, not a debounce,
 * so a page that never stops changing is still followed. When a run takes more than its share of the interval
 * the interval grows (up to `maxIntervalMs`), which bounds our CPU on pages that change faster than we can read.
 */
export interface TimerClock {
  now(): number;
  setTimeout(task: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export class ThrottledPump {
  private timer: number | undefined;
  private lastRunEnd = -Infinity;
  private intervalMs: number;

  constructor(
    private readonly job: () => void,
    private readonly options: {
      minIntervalMs: number;
      maxIntervalMs: number;
      /** The share of wall time the job may use before the interval grows. */
      maxCpuShare: number;
      clock: TimerClock;
    },
  ) {
    this.intervalMs = options.minIntervalMs;
  }

  private get clock(): TimerClock {
    return this.options.clock;
  }

  get currentIntervalMs(): number {
    return this.intervalMs;
  }

  /** Asks for a run; many requests before it happens make one run. */
  request(): void {
    if (this.timer !== undefined) return;
    const clock = this.clock;
    const wait = Math.max(0, this.lastRunEnd + this.intervalMs - clock.now());
    this.timer = clock.setTimeout(() => this.run(), wait);
  }

  stop(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private run(): void {
    this.timer = undefined;
    const clock = this.clock;
    const started = clock.now();
    try {
      this.job();
    } finally {
      this.lastRunEnd = clock.now();
      const spent = this.lastRunEnd - started;
      const { minIntervalMs, maxIntervalMs, maxCpuShare } = this.options;
      this.intervalMs = Math.min(maxIntervalMs, Math.max(minIntervalMs, spent / maxCpuShare));
    }
  }
}
