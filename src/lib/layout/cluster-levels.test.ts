import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/seeded-random';
import {
	clusterLevels,
	levelFor,
	clusterLevelsInSteps,
	levelPxPerDay,
	placeLevel,
	type ClusterLevels,
	type Level,
	type LayoutItem,
	type LevelOptions
} from './cluster-levels';

const OPTIONS: LevelOptions = {
	rows: 3,
	gap: 4,
	clusterWidth: 30,
	minPxPerDay: 0.01,
	maxPxPerDay: 100,
	levelsPerDoubling: 3
};

function randomItems(count: number, seed: number): LayoutItem[] {
	const next = seededRandom(seed);
	return Array.from({ length: count }, () => {
		const start = Math.floor(next() * 30_000);
		const span = next() < 0.15 ? Math.floor(next() * 2000) : 0;
		return { start, end: start + span, width: 20 + Math.floor(next() * 160) };
	}).sort((a, b) => a.start - b.start || a.end - b.end);
}

const levelsOf = (layout: ClusterLevels) =>
	Array.from({ length: layout.count }, (_, index) => layout.level(index));

function nodes(layout: ClusterLevels, index: number) {
	const level = layout.level(index);
	return Array.from({ length: level.size }, (_, k) => ({
		lo: level.lo[k]!,
		hi: level.hi[k]!,
		row: level.row[k]!,
		end: level.end[k]!
	}));
}

/** Pixel extents per row at a given zoom, asserting none overlaps the next in its row. */
function overlaps(items: LayoutItem[], layout: ClusterLevels, index: number, pxPerDay: number) {
	const byRow = new Map<number, { from: number; to: number }[]>();
	for (const node of nodes(layout, index)) {
		const x = items[node.lo]!.start * pxPerDay;
		const label = node.hi - node.lo === 1 ? items[node.lo]!.width : OPTIONS.clusterWidth;
		const to = Math.max(node.end * pxPerDay, x + label);
		byRow.set(node.row, [...(byRow.get(node.row) ?? []), { from: x, to }]);
	}
	let found = 0;
	for (const extents of byRow.values()) {
		for (let i = 1; i < extents.length; i++) if (extents[i]!.from < extents[i - 1]!.to) found++;
	}
	return found;
}

describe('clusterLevels', () => {
	const items = randomItems(2000, 7);
	const layout = clusterLevels(items, OPTIONS);

	it('has one level per third of a doubling from the coarsest to the finest zoom', () => {
		expect(layout.count).toBe(Math.ceil(3 * Math.log2(100 / 0.01)) + 1);
		expect(layout.level(0).pxPerDay).toBeCloseTo(0.01);
	});

	it('never lets two labels or bars in a row overlap, at any level or any greater zoom', () => {
		levelsOf(layout).forEach((level, index) => {
			expect(overlaps(items, layout, index, level.pxPerDay)).toBe(0);
			expect(overlaps(items, layout, index, level.pxPerDay * 1.25)).toBe(0);
		});
	});

	it('covers every item exactly once at every level, in time order', () => {
		for (let index = 0; index < layout.count; index++) {
			const covered = nodes(layout, index).flatMap((node) => [node.lo, node.hi]);
			expect(covered[0]).toBe(0);
			expect(covered.at(-1)).toBe(items.length);
			for (let i = 1; i < covered.length - 1; i += 2) expect(covered[i]).toBe(covered[i + 1]);
		}
	});

	it('only ever separates clusters when zooming in', () => {
		for (let index = 1; index < layout.count; index++) {
			const finer = new Set(nodes(layout, index).map((node) => node.lo));
			for (const node of nodes(layout, index - 1)) expect(finer.has(node.lo)).toBe(true);
		}
	});

	it('clusters more as it zooms out', () => {
		const sizes = levelsOf(layout).map((level) => level.size);
		for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThanOrEqual(sizes[i - 1]!);
		expect(sizes[0]).toBeLessThan(items.length / 10);
		expect(sizes.at(-1)).toBeGreaterThan(items.length / 10);
	});

	it('records the coarsest level at which each item stands alone', () => {
		items.forEach((_, i) => {
			const from = layout.aloneFrom[i]!;
			if (from > 0) {
				const coarser = nodes(layout, from - 1).find((node) => node.lo <= i && i < node.hi);
				expect(coarser!.hi - coarser!.lo).toBeGreaterThan(1);
			}
			for (let index = from; index < layout.count; index++) {
				expect(nodes(layout, index).some((node) => node.lo === i && node.hi === i + 1)).toBe(true);
			}
		});
	});

	it('is deterministic and leaves its input alone', () => {
		const copy = structuredClone(items);
		const again = clusterLevels(items, OPTIONS);
		expect(items).toEqual(copy);
		expect(levelsOf(again).map((level) => Array.from(level.row))).toEqual(
			levelsOf(layout).map((level) => Array.from(level.row))
		);
	});
});

/** Every level placed from the next finer one, from the finest: the ladder by its definition. */
function everyLevelPlaced(items: readonly LayoutItem[], options: LevelOptions): Level[] {
	const count = clusterLevels(items, options).count;
	const levels: Level[] = new Array(count);
	for (let index = count - 1; index >= 0; index--) {
		levels[index] = placeLevel(items, levels[index + 1], levelPxPerDay(options, index), options);
	}
	return levels;
}

const nodesOf = (level: Level) =>
	Array.from({ length: level.size }, (_, k) => [level.lo[k], level.hi[k], level.row[k]]);

describe('clusterLevels, placing levels where all stand alone only when wanted', () => {
	const someItems = fc
		.array(
			fc.record({
				start: fc.integer({ min: 0, max: 3000 }),
				length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 400 })),
				width: fc.integer({ min: 10, max: 200 })
			}),
			{ maxLength: 120 }
		)
		.map((drawn) =>
			drawn
				.map(({ start, length, width }) => ({ start, end: start + length, width }))
				.sort((a, b) => a.start - b.start || a.end - b.end)
		);
	const someOptions = fc.record({
		rows: fc.integer({ min: 1, max: 6 }),
		gap: fc.integer({ min: 0, max: 10 }),
		clusterWidth: fc.integer({ min: 10, max: 40 }),
		minPxPerDay: fc.constantFrom(0.01, 0.1),
		maxPxPerDay: fc.constantFrom(10, 100),
		levelsPerDoubling: fc.constantFrom(1, 3)
	});

	it('gives every level as placing each from the next finer one would, in any order asked', () => {
		fc.assert(
			fc.property(someItems, someOptions, fc.boolean(), (items, options, finestFirst) => {
				const expected = everyLevelPlaced(items, options).map(nodesOf);
				const layout = clusterLevels(items, options);
				const order = expected.map((_, index) => index);
				if (finestFirst) order.reverse();
				const got: unknown[] = [];
				for (const index of order) got[index] = nodesOf(layout.level(index));
				expect(got).toEqual(expected);
			})
		);
	});

	it('gives the same levels where long bars crowd even the finest level', () => {
		const items = randomItems(2000, 7);
		const layout = clusterLevels(items, OPTIONS);
		expect(layout.level(layout.count - 1).size).toBeLessThan(items.length);
		expect(levelsOf(layout).map(nodesOf)).toEqual(everyLevelPlaced(items, OPTIONS).map(nodesOf));
	});

	it('places fewer levels up front than the ladder has, and the rest in idle steps', () => {
		// The timeline's own ladder for its bench: 1850–2000 in 240 px down to 3 days in 2560 px.
		const options = { ...OPTIONS, rows: 17, minPxPerDay: 240 / 55_000, maxPxPerDay: 2560 / 3 };
		// The points' band: long spans go to a band of their own, which they can crowd at any zoom.
		const items = randomItems(2000, 11).map((item) => ({ ...item, end: item.start }));
		let steps = 0;
		const placing = clusterLevelsInSteps(items, options);
		let next = placing.next();
		for (; !next.done; next = placing.next()) steps++;
		const layout = next.value;
		expect(steps).toBeLessThan(layout.count * 0.6);
		let idle = 0;
		while (layout.placeNext()) idle++;
		expect(idle).toBeGreaterThan(layout.count / 4);
		expect(layout.placeNext()).toBe(false);
		expect(levelsOf(layout).map(nodesOf)).toEqual(everyLevelPlaced(items, options).map(nodesOf));
	});
});

describe('clusterLevels on small cases', () => {
	const cases = [
		{
			name: 'stacks two close points in two rows when there is room',
			items: [
				{ start: 0, end: 0, width: 50 },
				{ start: 1, end: 1, width: 50 }
			],
			rows: 2,
			pxPerDay: 10,
			expected: [
				{ lo: 0, hi: 1, row: 0 },
				{ lo: 1, hi: 2, row: 1 }
			]
		},
		{
			name: 'folds two close points into a cluster when one row is all there is',
			items: [
				{ start: 0, end: 0, width: 50 },
				{ start: 1, end: 1, width: 50 }
			],
			rows: 1,
			pxPerDay: 10,
			expected: [{ lo: 0, hi: 2, row: 0 }]
		},
		{
			name: 'keeps two points apart in one row once zoomed in far enough',
			items: [
				{ start: 0, end: 0, width: 50 },
				{ start: 1, end: 1, width: 50 }
			],
			rows: 1,
			pxPerDay: 64,
			expected: [
				{ lo: 0, hi: 1, row: 0 },
				{ lo: 1, hi: 2, row: 0 }
			]
		},
		{
			name: 'keeps a long bar’s row busy until the bar ends',
			items: [
				{ start: 0, end: 100, width: 20 },
				{ start: 10, end: 10, width: 20 },
				{ start: 120, end: 120, width: 20 }
			],
			rows: 2,
			pxPerDay: 1,
			expected: [
				{ lo: 0, hi: 1, row: 0 },
				{ lo: 1, hi: 2, row: 1 },
				{ lo: 2, hi: 3, row: 0 }
			]
		}
	];
	for (const { name, items, rows, pxPerDay, expected } of cases) {
		it(name, () => {
			const options = { ...OPTIONS, rows, minPxPerDay: 1, maxPxPerDay: 64 };
			const layout = clusterLevels(items, options);
			const index = levelFor(layout, pxPerDay);
			expect(levelPxPerDay(options, index)).toBeLessThanOrEqual(pxPerDay);
			expect(nodes(layout, index).map(({ lo, hi, row }) => ({ lo, hi, row }))).toEqual(expected);
		});
	}
});
