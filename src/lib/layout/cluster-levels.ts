/**
 * Lanes and clusters for a zoomable timeline, computed once for a ladder of zoom levels.
 *
 * The layout of a level is made in "world" pixels (days × pixels-per-day of that level), so it
 * does not depend on where the view is: panning never moves an event to another row. A level's
 * layout stays overlap-free at any greater zoom (distances only grow), so the view uses the
 * finest level not finer than its own zoom. Levels are built from the finest to the coarsest,
 * each starting from the nodes of the one below and only ever merging them, so zooming in only
 * ever separates what was together (as in Mapbox's supercluster, in one dimension).
 *
 * Placement within a level is greedy interval packing in time order
 * (https://en.wikipedia.org/wiki/Interval_scheduling#Interval_partitioning): a node takes the
 * lowest row that is free at its x; if none is, it folds into the node placed just before it.
 * Every node is a run of consecutive items in time order, so it is stored as an index range.
 */
import { finish, type Steps } from './steps';

export interface LayoutItem {
	/** Start, in days from any fixed epoch. */
	start: number;
	/** End, in the same days; equal to start for a point in time. */
	end: number;
	/** Width of its label in pixels. */
	width: number;
}

export interface LevelOptions {
	/** How many rows the band has. */
	rows: number;
	/** Pixels kept clear after a label or bar before the next in its row. */
	gap: number;
	/** Width of a cluster's badge in pixels. */
	clusterWidth: number;
	/** Pixels per day of the coarsest and finest levels. */
	minPxPerDay: number;
	maxPxPerDay: number;
	/** Levels per doubling of the zoom. */
	levelsPerDoubling: number;
}

/** One level: node k covers items[lo[k]] … items[hi[k] - 1] and sits in row[k]. */
export interface Level {
	pxPerDay: number;
	lo: Int32Array;
	hi: Int32Array;
	row: Int16Array;
	/** Latest end of the node's items, in days. */
	end: Float64Array;
	size: number;
}

export interface ClusterLevels {
	levels: Level[];
	/** For each item, the coarsest level at which it stands alone (not in a cluster). */
	aloneFrom: Int16Array;
	options: LevelOptions;
}

/** How many levels the ladder from options.minPxPerDay to options.maxPxPerDay has. */
export function levelCount(options: LevelOptions): number {
	const doublings = Math.log2(options.maxPxPerDay / options.minPxPerDay);
	return Math.max(0, Math.ceil(options.levelsPerDoubling * doublings)) + 1;
}

/** The finest level whose pixels-per-day do not exceed `pxPerDay`. */
export function levelFor(layout: Pick<ClusterLevels, 'options'>, pxPerDay: number): number {
	const { minPxPerDay, levelsPerDoubling } = layout.options;
	const index = Math.floor(levelsPerDoubling * Math.log2(pxPerDay / minPxPerDay) + 1e-9);
	return Math.max(0, Math.min(levelCount(layout.options) - 1, index));
}

/** Pixels per day of level `index`. */
export function levelPxPerDay(options: LevelOptions, index: number): number {
	return options.minPxPerDay * 2 ** (index / options.levelsPerDoubling);
}

function placeLevel(
	items: readonly LayoutItem[],
	previous: Level | undefined,
	pxPerDay: number,
	options: LevelOptions
): Level {
	const count = previous ? previous.size : items.length;
	const lo = new Int32Array(count);
	const hi = new Int32Array(count);
	const row = new Int16Array(count);
	const end = new Float64Array(count);
	const rowEnd = new Float64Array(options.rows).fill(-Infinity);
	let size = 0;
	for (let k = 0; k < count; k++) {
		const nodeLo = previous ? previous.lo[k]! : k;
		const nodeHi = previous ? previous.hi[k]! : k + 1;
		const nodeEnd = previous ? previous.end[k]! : items[k]!.end;
		const x = items[nodeLo]!.start * pxPerDay;
		const label = nodeHi - nodeLo === 1 ? items[nodeLo]!.width : options.clusterWidth;
		const reach = Math.max(nodeEnd * pxPerDay, x + label) + options.gap;
		let free = -1;
		for (let r = 0; r < options.rows; r++) {
			if (rowEnd[r]! <= x) {
				free = r;
				break;
			}
		}
		if (free >= 0 || size === 0) {
			const r = Math.max(free, 0);
			lo[size] = nodeLo;
			hi[size] = nodeHi;
			end[size] = nodeEnd;
			row[size] = r;
			rowEnd[r] = Math.max(rowEnd[r]!, reach);
			size++;
			continue;
		}
		// No row is free here: fold this node into the one placed just before it.
		const last = size - 1;
		hi[last] = nodeHi;
		end[last] = Math.max(end[last]!, nodeEnd);
		const lastX = items[lo[last]!]!.start * pxPerDay;
		const mergedReach = Math.max(end[last]! * pxPerDay, lastX + options.clusterWidth) + options.gap;
		rowEnd[row[last]!] = Math.max(rowEnd[row[last]!]!, mergedReach);
	}
	return { pxPerDay, lo, hi, row, end, size };
}

/**
 * Lays out `items` (sorted by start, then end) at every level from options.minPxPerDay to
 * options.maxPxPerDay.
 * clusterLevels([{start: 0, end: 0, width: 50}, {start: 1, end: 1, width: 50}], {rows: 1, …})
 *   → at 10 px/day the two share one cluster; at 100 px/day each stands alone.
 */
export function clusterLevels(items: readonly LayoutItem[], options: LevelOptions): ClusterLevels {
	return finish(clusterLevelsInSteps(items, options));
}

/** clusterLevels, yielding after each level it places. */
export function* clusterLevelsInSteps(
	items: readonly LayoutItem[],
	options: LevelOptions
): Steps<ClusterLevels> {
	const count = levelCount(options);
	const levels: Level[] = new Array(count);
	let previous: Level | undefined;
	for (let index = count - 1; index >= 0; index--) {
		previous = placeLevel(items, previous, levelPxPerDay(options, index), options);
		levels[index] = previous;
		yield;
	}
	const aloneFrom = new Int16Array(items.length).fill(count);
	for (let index = count - 1; index >= 0; index--) {
		const level = levels[index]!;
		for (let k = 0; k < level.size; k++) {
			if (level.hi[k]! - level.lo[k]! === 1) aloneFrom[level.lo[k]!] = index;
		}
	}
	return { levels, aloneFrom, options };
}
