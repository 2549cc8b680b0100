/**
 * One band of the timeline (points or spans): its items in time order, their lanes and clusters
 * at every zoom level, and the nodes to draw for a window — only those in view, plus a margin.
 */
import {
	clusterLevelsInSteps,
	levelFor,
	type ClusterLevels,
	type Level,
	type LevelOptions
} from './cluster-levels';
import { finish, type Steps } from './steps';
import { byTime, type TimelineItem } from './timeline-item';

const DAY = 86_400_000;

export interface BandLayout<T extends TimelineItem = TimelineItem> {
	items: T[];
	layout: ClusterLevels;
	/** Position of each item id in `items`. */
	index: Map<string, number>;
	epochMs: number;
}

/** A band's items and one level of their layout: all that drawing a view at that level takes. */
export interface BandLevel<T extends TimelineItem = TimelineItem> {
	items: readonly T[];
	level: Level;
	epochMs: number;
}

export interface BandNode<T extends TimelineItem = TimelineItem> {
	/** Stable while the node exists: the item id, or the range of a cluster. */
	key: string;
	row: number;
	/** The items it stands for: one, or a cluster's run. */
	items: T[];
	startMs: number;
	endMs: number;
}

/** Where an item's layout begins and ends, in days from the epoch; a point ends where it begins. */
export function inDays(item: TimelineItem, epochMs: number): { start: number; end: number } {
	const start = (item.startMs - epochMs) / DAY;
	return { start, end: item.span ? (item.endMs - epochMs) / DAY : start };
}

/** Lays out items (any order) for every zoom level; `labelWidth` gives each label's pixels. */
export function layoutBand<T extends TimelineItem>(
	items: readonly T[],
	labelWidth: (item: T) => number,
	epochMs: number,
	options: LevelOptions
): BandLayout<T> {
	return finish(layoutBandInSteps(items, labelWidth, epochMs, options));
}

/** layoutBand a step at a time: the items sorted and measured, then each zoom level. */
export function* layoutBandInSteps<T extends TimelineItem>(
	items: readonly T[],
	labelWidth: (item: T) => number,
	epochMs: number,
	options: LevelOptions
): Steps<BandLayout<T>> {
	const sorted = [...items].sort(byTime);
	const layoutItems = sorted.map((item) => ({ ...inDays(item, epochMs), width: labelWidth(item) }));
	yield;
	return {
		items: sorted,
		layout: yield* clusterLevelsInSteps(layoutItems, options),
		index: new Map(sorted.map((item, i) => [item.id, i])),
		epochMs
	};
}

/** The level of a band's layout drawn at `pxPerDay`. */
export function atZoom<T extends TimelineItem>(
	band: BandLayout<T>,
	pxPerDay: number
): BandLevel<T> {
	const level = band.layout.level(levelFor(band.layout, pxPerDay));
	return { items: band.items, level, epochMs: band.epochMs };
}

/** First position in `items` whose start is at or after `ms`. */
function firstStartingAt(items: readonly TimelineItem[], ms: number): number {
	let lo = 0;
	let hi = items.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (items[mid]!.startMs < ms) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * The nodes of a level to draw for the window [startMs, endMs] at `pxPerDay`, including those starting up to
 * `marginPx` before it (their labels reach into view) and every bar that crosses it.
 */
export function visibleNodes<T extends TimelineItem>(
	band: BandLevel<T>,
	startMs: number,
	endMs: number,
	pxPerDay: number,
	marginPx: number
): BandNode<T>[] {
	const { level, items } = band;
	if (!items.length) return [];
	const marginMs = (marginPx / pxPerDay) * DAY;
	const from = startMs - marginMs;
	const to = endMs + marginMs;
	const endOfNode = (k: number) => band.epochMs + level.end[k]! * DAY;
	const nodes: BandNode<T>[] = [];
	// Nodes are in time order; binary-search the first whose start is in range, then walk on.
	const firstItem = firstStartingAt(items, from);
	let lo = 0;
	let hi = level.size;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (level.hi[mid]! <= firstItem) lo = mid + 1;
		else hi = mid;
	}
	const take = (k: number) => {
		const run = items.slice(level.lo[k]!, level.hi[k]!);
		nodes.push({
			key: run.length === 1 ? run[0]!.id : `cluster:${run[0]!.id}:${run.length}`,
			row: level.row[k]!,
			items: run,
			startMs: run[0]!.startMs,
			endMs: Math.max(endOfNode(k), run[0]!.startMs)
		});
	};
	// Bars that begin before the window but reach into it.
	for (let k = 0; k < lo; k++) if (endOfNode(k) >= from) take(k);
	for (let k = lo; k < level.size && items[level.lo[k]!]!.startMs <= to; k++) take(k);
	return nodes;
}
