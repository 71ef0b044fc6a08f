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

/**
 * Calls `step` until it returns false, yielding to the event loop whenever a slice has used its budget.
 * Resolves true when the work is done, false when `signal` aborted it first.
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
  return new Promise((resolve, reject) => {
    const slice = () => {
      if (signal?.aborted) return resolve(false);
      try {
        const started = clock.now();
        const deadline = started + budgetMs;
        let more = true;
        while (more && clock.now() < deadline) more = step();
        onSliceEnd?.(clock.now() - started);
        if (!more) return resolve(true);
        clock.defer(slice);
      } catch (error) {
        reject(error);
      }
    };
    slice();
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
