/**
 * Main-thread CPU time from a Chrome trace. A slice of our script measured with `performance.now()` also counts
 * the time the thread waited for a CPU: on a 2-core machine, right after a page loads, the browser's own paint,
 * raster and compositing compete for it (traced slices of the article: 10 ms by the clock and 7.5 ms of CPU, at
 * worst 18 and 6.6). Every top-level task in a trace carries its thread time (`tdur`), which counts only the time
 * the thread ran.
 */

/** The few fields of a trace event read here (`page.tracing.stop()` returns them as JSON). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string } };
}

/** Top-level tasks with their thread time, JavaScript calls with their script's URL, and timeline marks. */
export const CPU_TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing'];

const TASK = 'ThreadControllerImpl::RunTask';
const FUNCTION_CALL = 'FunctionCall';

export function parseTrace(trace: Uint8Array | undefined): TraceEvent[] {
  if (!trace) throw new Error('the browser returned no trace');
  return (JSON.parse(Buffer.from(trace).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
}

/** The first event named `name` (a performance mark or measure, for one); throws when the trace has none. */
export function eventNamed(events: readonly TraceEvent[], name: string, phase?: string): TraceEvent {
  const found = events.find((event) => event.name === name && (phase === undefined || event.ph === phase));
  if (!found) throw new Error(`the trace has no ${name}`);
  return found;
}

export interface TasksCpu {
  tasks: number;
  wallMs: number;
  cpuMs: number;
}

/**
 * The top-level tasks on `thread`'s thread that begin between `from` and `to` (trace microseconds), their wall
 * and thread time; with `calls`, only tasks in which JavaScript from a script whose URL it accepts was called.
 */
export function tasksBetween(events: readonly TraceEvent[], thread: Pick<TraceEvent, 'pid' | 'tid'>, from: number, to: number, calls?: (url: string) => boolean): TasksCpu {
  const onThread = events.filter((event) => event.pid === thread.pid && event.tid === thread.tid && event.ph === 'X');
  const tasks = outermost(onThread.filter((event) => event.name === TASK)).filter((task) => task.ts >= from && task.ts <= to);
  const callsIn = (task: TraceEvent) =>
    onThread.some((event) => event.name === FUNCTION_CALL && event.ts >= task.ts && event.ts < task.ts + (task.dur ?? 0) && calls!(event.args?.data?.url ?? ''));
  const counted = calls ? tasks.filter(callsIn) : tasks;
  const sum = (field: 'dur' | 'tdur') => counted.reduce((total, task) => total + (task[field] ?? 0), 0) / 1000;
  return { tasks: counted.length, wallMs: sum('dur'), cpuMs: sum('tdur') };
}

/** Tasks not nested in another (a nested run loop runs tasks inside a task). */
function outermost(tasks: readonly TraceEvent[]): TraceEvent[] {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const kept: TraceEvent[] = [];
  let reach = -Infinity;
  for (const task of sorted) {
    if (task.ts < reach) continue;
    kept.push(task);
    reach = task.ts + (task.dur ?? 0);
  }
  return kept;
}
