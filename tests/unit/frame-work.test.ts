import { describe, expect, it } from 'vitest';
import { busyPerFrame, FRAME_MARK, type TraceEvent } from '../../bench/frame-work';

const main = { pid: 1, tid: 7 };
const mark = (ts: number): TraceEvent => ({ name: FRAME_MARK, ph: 'R', ts, ...main });
const task = (ts: number, dur: number, thread = main): TraceEvent => ({
	name: 'RunTask',
	ph: 'X',
	ts,
	dur,
	...thread
});

describe('busyPerFrame', () => {
	it('sums the marking thread’s tasks between each frame mark and the next', () => {
		const events = [mark(0), task(1000, 3000), task(5000, 1000), mark(16_700), mark(33_400)];
		expect(busyPerFrame(events)).toEqual([4, 0]);
	});

	it('splits a task that runs across a frame mark between the two frames', () => {
		const events = [mark(0), task(10_000, 20_000), mark(16_700), mark(33_400)];
		expect(busyPerFrame(events)).toEqual([6.7, 13.3]);
	});

	it('knows a task by either name the trace categories give it', () => {
		const events = [
			mark(0),
			{ ...task(1000, 2000), name: 'ThreadControllerImpl::RunTask' },
			task(5000, 1000),
			mark(16_700)
		];
		expect(busyPerFrame(events)).toEqual([3]);
	});

	it('counts a task nested in another once, and ignores other threads and other events', () => {
		const events = [
			mark(0),
			task(1000, 4000),
			task(2000, 1000),
			task(1000, 9000, { pid: 1, tid: 8 }),
			{ name: 'Layout', ph: 'X', ts: 1000, dur: 4000, ...main },
			mark(16_700)
		];
		expect(busyPerFrame(events)).toEqual([4]);
	});

	it('gives nothing without two frame marks', () => {
		expect(busyPerFrame([mark(0), task(0, 5000)])).toEqual([]);
	});
});
