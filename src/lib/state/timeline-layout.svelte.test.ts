import { describe, expect, it, vi } from 'vitest';
import type { TimelineEntry } from '$lib/content/timeline-entry';
import { layoutBandInSteps } from '$lib/layout/band-layout';
import { utcMs } from '../time/utc';
import {
	isLongSpan,
	OPENING_HEIGHT,
	openingLevels,
	TimelineLayout,
	type OpeningLevels
} from './timeline-layout.svelte';
import { DAY, Viewport } from './viewport.svelte';

// The real layout, watched: the tests below count how often the bands are laid out.
vi.mock('$lib/layout/band-layout', async (importOriginal) => {
	const actual = await importOriginal<typeof import('$lib/layout/band-layout')>();
	return { ...actual, layoutBandInSteps: vi.fn(actual.layoutBandInSteps) };
});

/** How many band layouts have been begun so far. */
const laidOut = () => vi.mocked(layoutBandInSteps).mock.calls.length;

const LIMITS = {
	extent: { startMs: utcMs(1850, 1, 1), endMs: utcMs(2001, 1, 1) },
	initial: { startMs: utcMs(1905, 1, 1), endMs: utcMs(1947, 1, 1) },
	minDays: 3
};

function entry(id: string, start: number, days = 1, span = false): TimelineEntry {
	const endMs = start + days * DAY;
	const date = {
		edtf: id,
		start: { year: 1917, precision: 'day' as const, uncertain: false, approximate: false },
		startMs: start,
		endMs
	};
	return {
		id,
		title: id,
		startMs: start,
		endMs,
		span,
		date,
		region: 'russia',
		themes: [],
		essays: [],
		contested: false
	};
}

const october = utcMs(1917, 11, 7);
const crowd = Array.from({ length: 40 }, (_, i) => entry(`day-${i}`, october + (i % 4) * DAY));
const war = entry('war', utcMs(1914, 7, 28), 1567, true);
const july = entry('july', utcMs(1917, 7, 16), 5, true);

function layoutFor(entries: TimelineEntry[], width = 1000) {
	const viewport = new Viewport(LIMITS, width);
	return {
		viewport,
		layout: new TimelineLayout(
			viewport,
			() => entries,
			() => 460
		)
	};
}

describe('TimelineLayout', () => {
	it('puts spans longer than a month in the band of bars and the rest among the points', () => {
		expect([war, july].map(isLongSpan)).toEqual([true, false]);
		const { layout } = layoutFor([war, july, ...crowd]);
		expect(layout.spans.items.map((item) => item.id)).toEqual(['war']);
		expect(layout.points.items).toHaveLength(41);
	});

	it('lists the single events in view in time order, for the keyboard', () => {
		const { viewport, layout } = layoutFor([july, war]);
		viewport.show({ startMs: utcMs(1917, 1, 1), endMs: utcMs(1918, 1, 1) });
		expect(layout.shownIds).toEqual(['war', 'july']);
	});

	it('reveals a crowded event by zooming in until it stands alone, centred on it', () => {
		const { viewport, layout } = layoutFor(crowd);
		const target = layout.revealWindow('day-5')!;
		expect(target.endMs - target.startMs).toBeLessThan(viewport.endMs - viewport.startMs);
		expect((target.startMs + target.endMs) / 2).toBeCloseTo(crowd[5]!.startMs, -3);
		viewport.show(target);
		expect(layout.pointNodes.some((node) => node.key === 'day-5')).toBe(true);
	});

	it('does not move for an event already alone and in view', () => {
		const { viewport, layout } = layoutFor([july]);
		viewport.show({ startMs: utcMs(1917, 6, 1), endMs: utcMs(1917, 9, 1) });
		expect(layout.revealWindow('july')).toBeNull();
	});

	it('shows a long bar whole when it can', () => {
		const { layout } = layoutFor([war]);
		const target = layout.revealWindow('war');
		expect(target === null || (target.startMs <= war.startMs && target.endMs >= war.endMs)).toBe(
			true
		);
	});

	it('knows nothing of an id it does not draw', () => {
		expect(layoutFor([july]).layout.revealWindow('nowhere')).toBeNull();
	});
});

describe('TimelineLayout, as the page first measures itself', () => {
	const year = { startMs: utcMs(1917, 1, 1), endMs: utcMs(1918, 1, 1) };
	const steady = Array.from({ length: 60 }, (_, i) =>
		entry(`e-${i}`, utcMs(1917, 1, 1) + i * 6 * DAY)
	);
	const drawn = (layout: TimelineLayout) =>
		layout.pointNodes.map((node) => `${node.key}@${node.row}`).join(' ');
	const opened = (width: number, height = 460) => {
		const viewport = new Viewport({ ...LIMITS, initial: year }, width);
		return {
			viewport,
			layout: new TimelineLayout(
				viewport,
				() => steady,
				() => height
			)
		};
	};

	it('keeps the prerendered layout up to one zoom level wider, at the opening zoom', () => {
		const narrow = opened(400);
		const wide = drawn(opened(470).layout);
		expect(drawn(narrow.layout)).not.toBe(wide);
		const prerendered = drawn(narrow.layout);
		narrow.viewport.resize(470);
		expect(drawn(narrow.layout)).toBe(prerendered);
		narrow.viewport.panBy(30);
		narrow.viewport.panBy(-30);
		expect(drawn(narrow.layout)).toBe(prerendered);
		narrow.viewport.zoomAt(1.0001);
		expect(drawn(narrow.layout)).toBe(wide);
	});

	it('lays out afresh for a screen narrower, or much wider, than it was prerendered for', () => {
		for (const width of [330, 900]) {
			const page = opened(400);
			page.viewport.resize(width);
			expect(drawn(page.layout)).toBe(drawn(opened(width).layout));
		}
	});
});

describe('TimelineLayout, zooming away from the opening view and back', () => {
	const year = { startMs: utcMs(1917, 1, 1), endMs: utcMs(1918, 1, 1) };
	const many = Array.from({ length: 200 }, (_, i) =>
		entry(`m-${i}`, utcMs(1917, 1, 1) + (i % 50) * 7 * DAY, 1 + (i % 3) * 40, i % 3 > 0)
	);

	/** A timeline drawn at the height it was prerendered for, and a way to measure it taller. */
	const opened = () => {
		let height = $state(427);
		const viewport = new Viewport({ ...LIMITS, initial: year }, 400);
		const layout = new TimelineLayout(
			viewport,
			() => many,
			() => height
		);
		void [layout.spanNodes, layout.pointNodes];
		return { viewport, layout, measure: (to: number) => (height = to) };
	};

	it('lays each band out once per height, the measured one ahead of the first zoom', () => {
		const { viewport, layout, measure } = opened();
		const openingRows = [layout.spanRows, layout.pointRows];
		const atOpening = laidOut();

		measure(700);
		expect([layout.spanRows, layout.pointRows]).toEqual(openingRows);
		expect(layout.prepareMeasuredLayout()).toBe(false);
		expect(laidOut()).toBe(atOpening + 2);
		expect(layout.prepareMeasuredLayout()).toBe(false);
		expect(laidOut()).toBe(atOpening + 2);

		viewport.zoomAt(1.5);
		void [layout.spanNodes, layout.pointNodes];
		expect(layout.pointRows).toBeGreaterThan(openingRows[1]!);
		viewport.show(year);
		void [layout.spanNodes, layout.pointNodes];
		expect([layout.spanRows, layout.pointRows]).toEqual(openingRows);
		viewport.zoomAt(1.5);
		void [layout.spanNodes, layout.pointNodes];
		expect(laidOut()).toBe(atOpening + 2);
	});

	it('makes the measured layout a step at a time, and finishes it at once when it is wanted', () => {
		const measured = () => {
			const page = opened();
			page.measure(700);
			return page;
		};
		const drawn = (layout: TimelineLayout) =>
			[...layout.spanNodes, ...layout.pointNodes].map((node) => `${node.key}@${node.row}`);

		const stepped = measured();
		const before = laidOut();
		let calls = 1;
		while (stepped.layout.prepareMeasuredLayout(() => 0)) calls++;
		expect(calls).toBeGreaterThan(20);
		expect(laidOut()).toBe(before + 2);
		stepped.viewport.zoomAt(1.5);
		expect(drawn(stepped.layout).length).toBeGreaterThan(0);
		expect(laidOut()).toBe(before + 2);

		// Stopped halfway through the second band, which the zoom then finishes, not begins again.
		const interrupted = measured();
		const start = laidOut();
		while (laidOut() < start + 2) interrupted.layout.prepareMeasuredLayout(() => 0);
		interrupted.layout.prepareMeasuredLayout(() => 0);
		interrupted.viewport.zoomAt(1.5);
		expect(drawn(interrupted.layout)).toEqual(drawn(stepped.layout));
		expect(laidOut()).toBe(start + 2);
		expect(interrupted.layout.prepareMeasuredLayout(() => 0)).toBe(false);
	});

	it('places the finer levels of the bands made so far in idle steps, then has none left', () => {
		const { layout, viewport } = opened();
		const unplaced = () => [layout.spans, layout.points].some((band) => band.layout.placeNext());
		let steps = 1;
		while (layout.placeFinerLevels(() => 0)) steps++;
		expect(steps).toBeGreaterThan(1);
		expect(unplaced()).toBe(false);
		const before = [...layout.pointNodes];
		viewport.zoomAt(8);
		expect(layout.pointNodes).not.toEqual(before);
		expect(layout.placeFinerLevels()).toBe(false);
	});

	it('lays out again once the events change', () => {
		let events = $state.raw(many);
		const viewport = new Viewport({ ...LIMITS, initial: year }, 400);
		const layout = new TimelineLayout(
			viewport,
			() => events,
			() => 427
		);
		void layout.pointNodes;
		const before = laidOut();
		events = many.slice(0, 100);
		expect(layout.points.items).toHaveLength(
			many.slice(0, 100).filter((item) => !isLongSpan(item)).length
		);
		expect(laidOut()).toBeGreaterThan(before);
	});
});

describe('TimelineLayout, starting from the opening levels the server made', () => {
	const year = { startMs: utcMs(1917, 1, 1), endMs: utcMs(1918, 1, 1) };
	const limits = { ...LIMITS, initial: year };
	const many = Array.from({ length: 200 }, (_, i) =>
		entry(`m-${i}`, utcMs(1917, 1, 1) + (i % 50) * 7 * DAY, 1 + (i % 3) * 40, i % 3 > 0)
	);
	const drawn = (layout: TimelineLayout) =>
		[...layout.spanNodes, ...layout.pointNodes]
			.map((node) => `${node.key}@${node.row} ${node.startMs}-${node.endMs}`)
			.join(' ');
	const page = (events: () => TimelineEntry[], opening: OpeningLevels | undefined) => {
		const viewport = new Viewport(limits);
		const layout = new TimelineLayout(viewport, events, () => OPENING_HEIGHT, opening);
		return { viewport, layout };
	};
	it('draws the opening view as its own layout would, without laying out the bands', () => {
		const opening = JSON.parse(JSON.stringify(openingLevels(many, limits)));
		const before = laidOut();
		const { viewport, layout } = page(() => many, opening);
		const fromLevels = drawn(layout);
		expect(laidOut()).toBe(before);
		expect(fromLevels).toBe(drawn(page(() => many, undefined).layout));
		expect(fromLevels).toContain('cluster:');

		viewport.zoomAt(1.5);
		const zoomed = drawn(layout);
		expect(laidOut()).toBeGreaterThan(before);
		const fresh = page(() => many, undefined);
		fresh.viewport.zoomAt(1.5);
		expect(zoomed).toBe(drawn(fresh.layout));
	});

	it('lays out afresh for other events, and for levels made for other events', () => {
		let events = $state.raw(many);
		const { layout } = page(() => events, openingLevels(many, limits));
		void drawn(layout);
		events = many.filter((_, i) => i % 2 === 0);
		const before = laidOut();
		expect(drawn(layout)).toBe(drawn(page(() => events, undefined).layout));
		expect(laidOut()).toBeGreaterThan(before);

		const others = many.slice(0, 120);
		expect(drawn(page(() => others, openingLevels(many, limits)).layout)).toBe(
			drawn(page(() => others, undefined).layout)
		);
	});
});
