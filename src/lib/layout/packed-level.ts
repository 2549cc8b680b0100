/**
 * One level of a band's layout in plain numbers, to carry from where the page is prerendered to
 * the page itself. A level is worked out from every finer one, so the page would otherwise lay
 * out the whole ladder before it could draw (and hydrate) its opening view.
 */
import { inDays, type BandLayout, type BandLevel } from './band-layout';
import type { Level } from './cluster-levels';
import type { TimelineItem } from './timeline-item';

export interface PackedLevel {
	/** Which level of the ladder it is, and for how many rows and items it was made. */
	index: number;
	pxPerDay: number;
	rows: number;
	count: number;
	/** Node k holds the items from hi[k - 1] (or 0) up to hi[k], in row[k]. */
	hi: number[];
	row: number[];
}

export function packLevel(band: BandLayout, index: number): PackedLevel {
	const level = band.layout.level(index);
	return {
		index,
		pxPerDay: level.pxPerDay,
		rows: band.layout.options.rows,
		count: band.items.length,
		hi: Array.from(level.hi.subarray(0, level.size)),
		row: Array.from(level.row.subarray(0, level.size))
	};
}

/**
 * The level again, for `items` in time order: the ones it was made for, or it cannot be theirs
 * and this throws. The nodes' lower bounds and latest ends follow from the items.
 */
export function unpackLevel<T extends TimelineItem>(
	packed: PackedLevel,
	items: readonly T[],
	epochMs: number
): BandLevel<T> {
	const size = packed.hi.length;
	if (packed.count !== items.length || packed.row.length !== size) {
		throw new Error(
			`a packed level for ${packed.count} items in ${size} nodes cannot lay out ${items.length} items`
		);
	}
	const lo = new Int32Array(size);
	const hi = Int32Array.from(packed.hi);
	const row = Int16Array.from(packed.row);
	const end = new Float64Array(size);
	for (let k = 0; k < size; k++) {
		lo[k] = k === 0 ? 0 : hi[k - 1]!;
		if (hi[k]! <= lo[k]! || row[k]! < 0 || row[k]! >= packed.rows) {
			throw new Error(`a packed level's node ${k} is not a run of items in a row of the band`);
		}
		let latest = -Infinity;
		for (let i = lo[k]!; i < hi[k]!; i++) latest = Math.max(latest, inDays(items[i]!, epochMs).end);
		end[k] = latest;
	}
	if (size > 0 && hi[size - 1] !== items.length) {
		throw new Error(`a packed level's nodes hold ${hi[size - 1]} of its ${items.length} items`);
	}
	const level: Level = { pxPerDay: packed.pxPerDay, lo, hi, row, end, size };
	return { items, level, epochMs };
}
