import type { SliceClock, TimerClock } from '@/lib/page/time-slices';

/**
 * The real clocks the pure slicing helpers run on in the page. Slices yield through a message-channel task: the
 * browser handles input and renders between tasks just as with a timer, but nested `setTimeout(0)` is clamped to
 * 4 ms (a third of every 12 ms idle) and a hidden tab throttles timers to one a second.
 */
const channel = new MessageChannel();
const queued: (() => void)[] = [];
channel.port1.onmessage = () => queued.shift()?.();

export const sliceClock: SliceClock = {
  now: () => performance.now(),
  defer: (task) => {
    queued.push(task);
    channel.port2.postMessage(null);
  },
};

export const timerClock: TimerClock = {
  now: () => performance.now(),
  setTimeout: (task, ms) => setTimeout(task, ms) as unknown as number,
  clearTimeout: (id) => clearTimeout(id),
};
