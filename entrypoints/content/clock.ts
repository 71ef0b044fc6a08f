import type { SliceClock, TimerClock } from '@/lib/page/time-slices';

/**
 * The real clocks the pure slicing helpers run on in the page. A hidden tab throttles timers to one a second,
 * which would stretch indexing a big page in a background tab to minutes: there a message-channel task yields
 * instead (nobody sees that page, but the popup may ask what it names).
 */
const channel = new MessageChannel();
const queued: (() => void)[] = [];
channel.port1.onmessage = () => queued.shift()?.();

export const sliceClock: SliceClock = {
  now: () => performance.now(),
  defer: (task) => {
    if (!document.hidden) return void setTimeout(task, 0);
    queued.push(task);
    channel.port2.postMessage(null);
  },
};

export const timerClock: TimerClock = {
  now: () => performance.now(),
  setTimeout: (task, ms) => setTimeout(task, ms) as unknown as number,
  clearTimeout: (id) => clearTimeout(id),
};
