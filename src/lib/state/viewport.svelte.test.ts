import { describe, expect, it } from 'vitest';
import { utcMs } from '../time/utc';
import { clampWindow, DAY, Viewport, type ViewportLimits } from './viewport.svelte';

const LIMITS: ViewportLimits = {
	extent: { startMs: utcMs(1850, 1, 1), endMs: utcMs(2001, 1, 1) },
	initial: { startMs: utcMs(1905, 1, 1), endMs: utcMs(1947, 1, 1) },
	minDays: 3
};

describe('clampWindow', () => {
	const cases = [
		{
			name: 'keeps a window inside the extent',
			window: { startMs: utcMs(1917, 1, 1), endMs: utcMs(1918, 1, 1) },
			expected: { startMs: utcMs(1917, 1, 1), endMs: utcMs(1918, 1, 1) }
		},
		{
			name: 'slides a window that runs off the start back in',
			window: { startMs: utcMs(1840, 1, 1), endMs: utcMs(1860, 1, 1) },
			expected: {
				startMs: utcMs(1850, 1, 1),
				endMs: utcMs(1850, 1, 1) + (utcMs(1860, 1, 1) - utcMs(1840, 1, 1))
			}
		},
		{
			name: 'widens a window narrower than the closest zoom about its centre',
			window: { startMs: utcMs(1917, 11, 7), endMs: utcMs(1917, 11, 7) + DAY },
			expected: { startMs: utcMs(1917, 11, 6), endMs: utcMs(1917, 11, 9) }
		},
		{
			name: 'shrinks a window wider than the extent to the extent',
			window: { startMs: utcMs(1800, 1, 1), endMs: utcMs(2100, 1, 1) },
			expected: LIMITS.extent
		}
	];
	for (const { name, window, expected } of cases) {
		it(name, () => {
			const clamped = clampWindow(window, LIMITS);
			expect(clamped.startMs).toBeCloseTo(expected.startMs, -3);
			expect(clamped.endMs).toBeCloseTo(expected.endMs, -3);
		});
	}
});

describe('Viewport', () => {
	it('starts at the initial window and maps it across its width', () => {
		const viewport = new Viewport(LIMITS, 1000);
		expect(viewport.window).toEqual(LIMITS.initial);
		expect(viewport.x(LIMITS.initial.startMs)).toBe(0);
		expect(viewport.x(LIMITS.initial.endMs)).toBe(1000);
		expect(viewport.msAt(500)).toBeCloseTo((LIMITS.initial.startMs + LIMITS.initial.endMs) / 2, -3);
	});

	it('zooms about a point, keeping the moment under it in place', () => {
		const viewport = new Viewport(LIMITS, 1000);
		const anchor = viewport.msAt(250);
		viewport.zoomAt(4, 250);
		expect(viewport.msAt(250)).toBeCloseTo(anchor, -3);
		expect(viewport.endMs - viewport.startMs).toBeCloseTo(
			(LIMITS.initial.endMs - LIMITS.initial.startMs) / 4,
			-3
		);
	});

	it('pans by pixels and stops at the ends of the extent', () => {
		const viewport = new Viewport(LIMITS, 1000);
		const before = viewport.startMs;
		viewport.panBy(100);
		expect(viewport.startMs - before).toBeCloseTo((viewport.endMs - viewport.startMs) / 10, -3);
		viewport.panBy(-1e9);
		expect(viewport.startMs).toBe(LIMITS.extent.startMs);
	});

	it('centres a moment at a given zoom, and resets', () => {
		const viewport = new Viewport(LIMITS, 1000);
		viewport.focusOn(utcMs(1917, 11, 7), 100);
		expect(viewport.pxPerDay).toBeCloseTo(100);
		expect(viewport.msAt(500)).toBeCloseTo(utcMs(1917, 11, 7), -3);
		viewport.reset();
		expect(viewport.window).toEqual(LIMITS.initial);
	});

	it('keeps the window on its first measurement, then the centre and zoom on later resizes', () => {
		const viewport = new Viewport(LIMITS, 1200);
		viewport.resize(1000);
		expect(viewport.window).toEqual(LIMITS.initial);
		const centre = viewport.msAt(500);
		const pxPerDay = viewport.pxPerDay;
		viewport.resize(600);
		expect(viewport.pxPerDay).toBeCloseTo(pxPerDay);
		expect(viewport.msAt(300)).toBeCloseTo(centre, -3);
	});

	it('keeps the window through a resize the layout asked for, unless the window moved first', () => {
		const viewport = new Viewport(LIMITS, 1200);
		viewport.resize(1000);
		viewport.keepWindowThroughResize();
		viewport.resize(800);
		expect(viewport.window).toEqual(LIMITS.initial);
		viewport.resize(1000);
		expect(viewport.window).not.toEqual(LIMITS.initial);

		viewport.keepWindowThroughResize();
		viewport.panBy(100);
		const moved = viewport.window;
		viewport.resize(500);
		expect(viewport.window.endMs - viewport.window.startMs).toBeCloseTo(
			(moved.endMs - moved.startMs) / 2,
			-3
		);
	});

	it('hands every change to an attached driver instead of applying it', () => {
		const viewport = new Viewport(LIMITS, 1000);
		const asked: unknown[] = [];
		viewport.attachDriver((target, animate) => asked.push([target, animate]));
		viewport.zoomAt(2, 500, true);
		expect(viewport.window).toEqual(LIMITS.initial);
		expect(asked).toHaveLength(1);
		expect(asked[0]).toMatchObject([{}, true]);
	});

	it('takes a gesture that moves the window, not the rounding of one', () => {
		const viewport = new Viewport(LIMITS, 1000);
		const opening = viewport.window;
		viewport.followGesture({ startMs: opening.startMs + 0.4, endMs: opening.endMs - 0.2 });
		expect(viewport.window).toBe(opening);
		viewport.followGesture({ startMs: opening.startMs + 5, endMs: opening.endMs + 5 });
		expect(viewport.window.startMs).toBe(opening.startMs + 5);
	});
});
