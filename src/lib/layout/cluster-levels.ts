/**
 * Lanes and clusters for a zoomable timeline, computed once for a ladder of zoom levels (those
 * fine enough for every item to stand alone only when first wanted: see clusterLevelsInSteps).
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

/**
 * One level at `pxPerDay`, from the nodes of the next finer level (`previous`), or from the items
 * alone at the finest.
 */
export function placeLevel(
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

/**
 * clusterLevels, yielding after each level it places.
 *
 * Most of a ladder is usually levels at which every item already stands alone (with 2,000 events,
 * 30 of its 54), and placing them was most of the work. Whether every item stands alone only
 * becomes true as the zoom grows (interval partitioning in time order uses as many rows as the
 * most intervals that overlap at one time, and zooming in only shortens every interval relative
 * to the time it spans), so a binary search finds the coarsest such level in a few placements.
 * The levels from there on are placed when they are first asked for; the coarser ones are merged
 * from it, as before.
 */
export function* clusterLevelsInSteps(
	items: readonly LayoutItem[],
	options: LevelOptions
): Steps<ClusterLevels> {
	const count = levelCount(options);
	const alone = new Map<number, Level>();
	// The finest level first: where even it folds some items (long bars that overlap in time do,
	// at any zoom), no level is all alone, and it is the first level of the ladder placed anyway.
	const finest = placeLevel(items, undefined, levelPxPerDay(options, count - 1), options);
	yield;
	const allAlone = finest.size === items.length;
	if (allAlone) alone.set(count - 1, finest);
	let lo = allAlone ? 0 : count;
	let hi = count - 1;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		const level = placeLevel(items, undefined, levelPxPerDay(options, mid), options);
		yield;
		if (level.size === items.length) {
			alone.set(mid, level);
			hi = mid;
		} else {
			lo = mid + 1;
		}
	}
	const firstAlone = lo;
	const merged: Level[] = new Array(firstAlone);
	let previous = allAlone ? alone.get(firstAlone) : finest;
	if (!allAlone) merged[count - 1] = finest;
	for (let index = allAlone ? firstAlone - 1 : count - 2; index >= 0; index--) {
		previous = placeLevel(items, previous, levelPxPerDay(options, index), options);
		merged[index] = previous;
		yield;
	}
	return new ClusterLevels(items, options, merged, alone);
}

/**
 * A ladder of levels: those with clusters placed at once, those where every item stands alone
 * placed when first wanted.
 */
export class ClusterLevels {
	readonly options: LevelOptions;
	/** How many levels the ladder has. */
	readonly count: number;
	/** For each item, the coarsest level at which it stands alone (not in a cluster); count if none. */
	readonly aloneFrom: Int16Array;
	readonly #items: readonly LayoutItem[];
	/** Levels 0 … merged.length - 1; from merged.length on, every item stands alone. */
	readonly #merged: Level[];
	readonly #alone: Map<number, Level>;

	constructor(
		items: readonly LayoutItem[],
		options: LevelOptions,
		merged: Level[],
		alone: Map<number, Level>
	) {
		this.#items = items;
		this.options = options;
		this.count = levelCount(options);
		this.#merged = merged;
		this.#alone = alone;
		this.aloneFrom = new Int16Array(items.length).fill(merged.length);
		for (let index = merged.length - 1; index >= 0; index--) {
			const level = merged[index]!;
			for (let k = 0; k < level.size; k++) {
				if (level.hi[k]! - level.lo[k]! === 1) this.aloneFrom[level.lo[k]!] = index;
			}
		}
	}

	/** Level `index` of the ladder, 0 the coarsest. */
	level(index: number): Level {
		if (index < this.#merged.length) return this.#merged[index]!;
		let level = this.#alone.get(index);
		if (!level) {
			const placed = placeLevel(
				this.#items,
				undefined,
				levelPxPerDay(this.options, index),
				this.options
			);
			// Rounding at an exact tie could in theory fold two items at a finer level than one
			// where all stand alone; the coarser level's rows then serve, as they do at any greater zoom.
			level = placed.size === this.#items.length ? placed : this.level(index - 1);
			this.#alone.set(index, level);
		}
		return level;
	}

	/**
	 * Places the coarsest level not yet placed (the next a zoom in would reach), so that zooming in
	 * later finds it made; returns whether any is left. Meant for idle time.
	 */
	placeNext(): boolean {
		const next = this.#unplaced();
		if (next < 0) return false;
		this.level(next);
		return this.#unplaced() >= 0;
	}

	#unplaced(): number {
		for (let index = this.#merged.length; index < this.count; index++) {
			if (!this.#alone.has(index)) return index;
		}
		return -1;
	}
}
