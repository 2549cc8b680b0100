import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/seeded-random';
import {
	clusterLevels,
	levelFor,
	levelPxPerDay,
	type ClusterLevels,
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

function nodes(layout: ClusterLevels, index: number) {
	const level = layout.levels[index]!;
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
		expect(layout.levels).toHaveLength(Math.ceil(3 * Math.log2(100 / 0.01)) + 1);
		expect(layout.levels[0]!.pxPerDay).toBeCloseTo(0.01);
	});

	it('never lets two labels or bars in a row overlap, at any level or any greater zoom', () => {
		layout.levels.forEach((level, index) => {
			expect(overlaps(items, layout, index, level.pxPerDay)).toBe(0);
			expect(overlaps(items, layout, index, level.pxPerDay * 1.25)).toBe(0);
		});
	});

	it('covers every item exactly once at every level, in time order', () => {
		for (let index = 0; index < layout.levels.length; index++) {
			const covered = nodes(layout, index).flatMap((node) => [node.lo, node.hi]);
			expect(covered[0]).toBe(0);
			expect(covered.at(-1)).toBe(items.length);
			for (let i = 1; i < covered.length - 1; i += 2) expect(covered[i]).toBe(covered[i + 1]);
		}
	});

	it('only ever separates clusters when zooming in', () => {
		for (let index = 1; index < layout.levels.length; index++) {
			const finer = new Set(nodes(layout, index).map((node) => node.lo));
			for (const node of nodes(layout, index - 1)) expect(finer.has(node.lo)).toBe(true);
		}
	});

	it('clusters more as it zooms out', () => {
		const sizes = layout.levels.map((level) => level.size);
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
			for (let index = from; index < layout.levels.length; index++) {
				expect(nodes(layout, index).some((node) => node.lo === i && node.hi === i + 1)).toBe(true);
			}
		});
	});

	it('is deterministic and leaves its input alone', () => {
		const copy = structuredClone(items);
		const again = clusterLevels(items, OPTIONS);
		expect(items).toEqual(copy);
		expect(again.levels.map((level) => Array.from(level.row))).toEqual(
			layout.levels.map((level) => Array.from(level.row))
		);
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
