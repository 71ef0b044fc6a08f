import { describe, expect, it } from 'vitest';
import { eventNamed, parseTrace, tasksBetween, type TraceEvent } from './trace-cpu';

const MAIN = { pid: 7, tid: 7 };
const OTHER_THREAD = { pid: 7, tid: 9 };
const OURS = 'chrome-extension://abc/page-marking.js';

function task(ts: number, dur: number, tdur: number, thread = MAIN): TraceEvent {
  return { name: 'ThreadControllerImpl::RunTask', ph: 'X', ts, dur, tdur, ...thread };
}

function call(ts: number, url: string, thread = MAIN): TraceEvent {
  return { name: 'FunctionCall', ph: 'X', ts, dur: 10, tdur: 10, ...thread, args: { data: { url } } };
}

// Times in trace microseconds: the pass runs from 1,000 to 50,000.
const events: TraceEvent[] = [
  { name: 'arabic-lookup:indexing-script', ph: 'b', ts: 1_000, ...MAIN },
  task(0, 1_500, 1_200), // the set-up task the pass began in: not the pass
  call(100, OURS),
  task(2_000, 18_000, 6_600), // a slice that waited for the CPU
  call(2_010, OURS),
  task(20_500, 1_000, 900), // the page's own task
  call(20_510, 'https://example.org/app.js'),
  task(22_000, 8_000, 7_000), // a slice with a nested run loop inside
  task(23_000, 500, 400),
  call(22_010, OURS),
  task(30_000, 9_000, 9_000, OTHER_THREAD), // another thread
  call(30_010, OURS, OTHER_THREAD),
  task(60_000, 4_000, 4_000), // after the pass
  call(60_010, OURS),
];

describe('tasksBetween', () => {
  it('sums the thread time of the tasks that called our scripts during the pass, on its thread only', () => {
    expect(tasksBetween(events, MAIN, 1_000, 50_000, (url) => url.startsWith('chrome-extension://'))).toEqual({ tasks: 2, wallMs: 26, cpuMs: 13.6 });
  });

  it('counts every task in the window when no script is named', () => {
    expect(tasksBetween(events, MAIN, 1_000, 50_000)).toEqual({ tasks: 3, wallMs: 27, cpuMs: 14.5 });
  });
});

describe('parseTrace and eventNamed', () => {
  it('read what the browser returns and find a mark by name and phase', () => {
    const parsed = parseTrace(new TextEncoder().encode(JSON.stringify({ traceEvents: events })));
    expect(eventNamed(parsed, 'arabic-lookup:indexing-script', 'b').ts).toBe(1_000);
    expect(() => eventNamed(parsed, 'arabic-lookup:page-indexed')).toThrow('the trace has no arabic-lookup:page-indexed');
    expect(() => parseTrace(undefined)).toThrow('no trace');
  });
});
