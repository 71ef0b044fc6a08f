import type { SliceClock, TimerClock } from '@/lib/page/time-slices';

/** The real clocks the pure slicing helpers run on in the page. */
export const sliceClock: SliceClock = {
  now: () => performance.now(),
  defer: (task) => void setTimeout(task, 0),
};

export const timerClock: TimerClock = {
  now: () => performance.now(),
  setTimeout: (task, ms) => setTimeout(task, ms) as unknown as number,
  clearTimeout: (id) => clearTimeout(id),
};
