import { describe, expect, it, vi, afterEach } from 'vitest';
import { runInSlices, ThrottledPump, type SliceClock } from './time-slices';

/** A clock where each step costs 1 ms and deferred tasks run when the test says. */
function fakeClock() {
  let time = 0;
  const pending: (() => void)[] = [];
  const clock: SliceClock = { now: () => time, defer: (task) => void pending.push(task) };
  return { clock, pending, advance: (ms: number) => (time += ms), runPending: () => pending.splice(0).forEach((task) => task()) };
}

describe('runInSlices', () => {
  it('stops each slice at the budget and yields to the event loop', async () => {
    const { clock, pending, advance, runPending } = fakeClock();
    let steps = 0;
    const slices: number[] = [];
    const spent: number[] = [];
    const done = runInSlices(
      () => {
        advance(1);
        return ++steps < 20;
      },
      { clock, budgetMs: 8, onSliceEnd: (ms) => (slices.push(steps), spent.push(ms)) },
    );
    // Not one step in the caller's task: the first slice is a task of its own.
    expect(steps).toBe(0);
    expect(pending).toHaveLength(1);
    runPending();
    expect(slices).toEqual([8]);
    expect(pending).toHaveLength(1);
    runPending();
    runPending();
    expect(await done).toBe(true);
    expect(slices).toEqual([8, 16, 20]);
    expect(spent).toEqual([8, 8, 4]);
  });

  it('reads the clock less often while steps are quick, and keeps each slice near its budget when they slow down', async () => {
    const { clock, advance, runPending } = fakeClock();
    let reads = 0;
    const counted: SliceClock = { now: () => (reads++, clock.now()), defer: clock.defer };
    let steps = 0;
    const spent: number[] = [];
    // 4,000 quick steps (5 µs), then 40 slow ones (1 ms), as tiny blocks followed by big ones.
    const done = runInSlices(
      () => {
        advance(steps < 4000 ? 0.005 : 1);
        return ++steps < 4040;
      },
      { clock: counted, budgetMs: 8, onSliceEnd: (ms) => spent.push(ms) },
    );
    while (steps < 4040) runPending();
    expect(await done).toBe(true);
    expect(reads).toBeLessThan(4040 / 4);
    expect(Math.max(...spent)).toBeLessThanOrEqual(8 + 16);
    expect(spent.slice(-3).every((ms) => ms <= 8 + 2)).toBe(true);
  });

  it('resolves false without another step once aborted', async () => {
    const { clock, advance, runPending } = fakeClock();
    const controller = new AbortController();
    let steps = 0;
    const done = runInSlices(() => (advance(1), ++steps < 100), { clock, budgetMs: 4, signal: controller.signal });
    runPending();
    controller.abort();
    runPending();
    expect(await done).toBe(false);
    expect(steps).toBe(4);
  });

  it('rejects with the error a step throws', async () => {
    const { clock, runPending } = fakeClock();
    const done = runInSlices(() => { throw new Error('boom'); }, { clock });
    runPending();
    await expect(done).rejects.toThrow('boom');
  });
});

describe('ThrottledPump', () => {
  afterEach(() => vi.useRealTimers());

  it('runs while requests never stop: a throttle, not a debounce', () => {
    vi.useFakeTimers();
    let runs = 0;
    const clock = { now: () => Date.now(), setTimeout: (task: () => void, ms: number) => setTimeout(task, ms) as unknown as number, clearTimeout: (id: number) => clearTimeout(id) };
    const pump = new ThrottledPump(() => runs++, { minIntervalMs: 100, maxIntervalMs: 1000, maxCpuShare: 0.1, clock });
    // A mutation every 20 ms for one second: a restarting debounce would never fire.
    for (let elapsed = 0; elapsed < 1000; elapsed += 20) {
      pump.request();
      vi.advanceTimersByTime(20);
    }
    expect(runs).toBeGreaterThanOrEqual(9);
    expect(runs).toBeLessThanOrEqual(11);
  });

  it('widens its interval when a run costs more than its CPU share, and narrows it again', () => {
    let time = 0;
    let cost = 50;
    const timers: (() => void)[] = [];
    const clock = { now: () => time, setTimeout: (task: () => void) => (timers.push(task), 0), clearTimeout: () => undefined };
    const pump = new ThrottledPump(() => (time += cost), { minIntervalMs: 100, maxIntervalMs: 2000, maxCpuShare: 0.1, clock });
    pump.request();
    timers.shift()!();
    expect(pump.currentIntervalMs).toBe(500);
    cost = 500;
    pump.request();
    timers.shift()!();
    expect(pump.currentIntervalMs).toBe(2000);
    cost = 1;
    pump.request();
    timers.shift()!();
    expect(pump.currentIntervalMs).toBe(100);
  });
});
