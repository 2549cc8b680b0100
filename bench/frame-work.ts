/**
 * The main thread's work behind each frame, from a Chromium trace. Frame intervals cannot tell
 * two timelines apart once both keep up with the display (both are 16.7 ms at 60 Hz, however
 * little either does); the time the page's main thread was busy between one animation frame and
 * the next can. The page marks each frame with `performance.mark(FRAME_MARK)`.
 */

export const FRAME_MARK = 'bench-frame';

/** A task of the thread's event loop, by the name Chromium's trace categories give it. */
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** The fields of a Chromium trace event read here. */
export interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
}

/**
 * Milliseconds the marking thread spent in tasks between each frame mark and the next.
 * busyPerFrame([mark at 0 µs, task 0–4000 µs, mark at 16700 µs]) → [4]
 */
export function busyPerFrame(events: readonly TraceEvent[]): number[] {
	const marks = events.filter((event) => event.name === FRAME_MARK).sort((a, b) => a.ts - b.ts);
	if (marks.length < 2) return [];
	const { pid, tid } = marks[0]!;
	const busy = mergeIntervals(
		events
			.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && TASKS.has(e.name))
			.map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const)
	);
	const work: number[] = [];
	let first = 0;
	for (let k = 0; k + 1 < marks.length; k++) {
		const from = marks[k]!.ts;
		const to = marks[k + 1]!.ts;
		while (first < busy.length && busy[first]![1] <= from) first++;
		let sum = 0;
		for (let j = first; j < busy.length && busy[j]![0] < to; j++) {
			sum += Math.min(to, busy[j]![1]) - Math.max(from, busy[j]![0]);
		}
		work.push(sum / 1000);
	}
	return work;
}

/** The union of intervals, as sorted disjoint intervals (a task may run inside another's). */
function mergeIntervals(intervals: (readonly [number, number])[]): [number, number][] {
	const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const [start, end] of sorted) {
		const last = merged.at(-1);
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else merged.push([start, end]);
	}
	return merged;
}
