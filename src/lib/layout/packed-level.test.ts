import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutBand } from './band-layout';
import type { Level, LevelOptions } from './cluster-levels';
import { packLevel, unpackLevel } from './packed-level';
import type { TimelineItem } from './timeline-item';

const DAY = 86_400_000;
const EPOCH = -1000 * DAY;
const OPTIONS: LevelOptions = {
	rows: 3,
	gap: 4,
	clusterWidth: 30,
	minPxPerDay: 0.01,
	maxPxPerDay: 50,
	levelsPerDoubling: 3
};

const anItem = fc
	.record({
		startDay: fc.integer({ min: 0, max: 4000 }),
		days: fc.integer({ min: 0, max: 600 }),
		span: fc.boolean(),
		width: fc.integer({ min: 10, max: 200 })
	})
	.map(({ startDay, days, span, width }) => ({
		id: `i${startDay}-${days}-${width}`,
		title: 'x'.repeat(width),
		startMs: startDay * DAY,
		endMs: (startDay + days) * DAY,
		span
	}));
const someItems = fc.uniqueArray(anItem, { selector: (item) => item.id, maxLength: 80 });

// A level's arrays may run past its size; only the nodes count.
const nodesOf = ({ pxPerDay, size, lo, hi, row, end }: Level) => ({
	pxPerDay,
	size,
	nodes: [lo, hi, row, end].map((column) => Array.from(column.subarray(0, size)))
});

const layOut = (items: TimelineItem[]) =>
	layoutBand(items, (item) => item.title.length, EPOCH, OPTIONS);

describe('packLevel and unpackLevel', () => {
	it('give back every level of any band exactly, through JSON', () => {
		fc.assert(
			fc.property(someItems, (items) => {
				const band = layOut(items);
				for (let index = 0; index < band.layout.count; index++) {
					const level = band.layout.level(index);
					const packed = JSON.parse(JSON.stringify(packLevel(band, index)));
					const unpacked = unpackLevel(packed, band.items, EPOCH);
					expect(nodesOf(unpacked.level)).toEqual(nodesOf(level));
					expect(unpacked.items).toBe(band.items);
				}
			})
		);
	});

	it('refuse items the level was not made for, and nodes that are not runs in the band', () => {
		const items = Array.from({ length: 6 }, (_, i) => ({
			id: `e${i}`,
			title: 'label',
			startMs: i * DAY,
			endMs: i * DAY,
			span: false
		}));
		const band = layOut(items);
		const packed = packLevel(band, band.layout.count - 1);
		expect(packed.hi).toEqual([1, 2, 3, 4, 5, 6]);
		expect(() => unpackLevel(packed, band.items.slice(1), EPOCH)).toThrow(/6 items/);
		expect(() =>
			unpackLevel({ ...packed, hi: [...packed.hi].reverse() }, band.items, EPOCH)
		).toThrow(/not a run/);
		expect(() =>
			unpackLevel({ ...packed, row: packed.row.map(() => OPTIONS.rows) }, band.items, EPOCH)
		).toThrow(/not a run/);
		expect(() =>
			unpackLevel({ ...packed, hi: [1, 2, 3, 4, 5], row: packed.row.slice(1) }, band.items, EPOCH)
		).toThrow(/5 of its 6/);
	});
});
