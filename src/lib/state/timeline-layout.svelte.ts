/**
 * The timeline's layout for its current events, height and window: which band each event goes
 * in, their lanes and clusters at every zoom level (recomputed only when the events or the
 * height change), the nodes in view, and where to move to bring an event into view alone.
 */
import type { TimelineEntry } from '$lib/content/timeline-entry';
import { layoutBand, visibleNodes, type BandLayout, type BandNode } from '$lib/layout/band-layout';
import { levelPxPerDay, type LevelOptions } from '$lib/layout/cluster-levels';
import { estimateTextWidth } from '$lib/layout/label-width';
import { DAY, type TimeWindow, type Viewport } from './viewport.svelte';

/** Pixel sizes of the timeline's parts, shared by the layout and the components that draw it. */
export const METRICS = {
	eraHeight: 24,
	spanRow: 17,
	pointRow: 26,
	axisHeight: 30,
	labelFont: 13,
	maxLabel: 210,
	/** A long bar keeps this much room for its label even when the bar itself is shorter. */
	spanLabel: 64
};

/** Spans longer than a month run in the upper band as bars; shorter ones sit among the points. */
const LONG_SPAN_MS = 31 * DAY;
const MARGIN = METRICS.maxLabel + 40;

export function isLongSpan(entry: TimelineEntry): boolean {
	return entry.span && entry.endMs - entry.startMs > LONG_SPAN_MS;
}

/** The room a point's label takes: its text, estimated, plus the marker; capped. */
export function pointLabelWidth(entry: TimelineEntry): number {
	const text = Math.ceil(estimateTextWidth(entry.title, METRICS.labelFont));
	return Math.min(METRICS.maxLabel, text + 16);
}

export class TimelineLayout {
	readonly #viewport: Viewport;
	readonly #entries: () => TimelineEntry[];
	readonly #height: () => number;

	readonly spanRows: number;
	readonly pointsTop: number;
	readonly pointRows: number;
	readonly spans: BandLayout<TimelineEntry>;
	readonly points: BandLayout<TimelineEntry>;
	readonly spanNodes: BandNode<TimelineEntry>[];
	readonly pointNodes: BandNode<TimelineEntry>[];
	/** Single events drawn in view, in time order: where keyboard navigation starts. */
	readonly shownIds: string[];

	constructor(viewport: Viewport, entries: () => TimelineEntry[], height: () => number) {
		this.#viewport = viewport;
		this.#entries = entries;
		this.#height = height;
		const usable = () => this.#height() - METRICS.eraHeight - METRICS.axisHeight;
		this.spanRows = $derived(Math.max(2, Math.floor((usable() * 0.35) / METRICS.spanRow)));
		this.pointsTop = $derived(METRICS.eraHeight + this.spanRows * METRICS.spanRow + 6);
		this.pointRows = $derived(
			Math.max(
				2,
				Math.floor((this.#height() - this.pointsTop - METRICS.axisHeight) / METRICS.pointRow)
			)
		);
		const epoch = viewport.limits.extent.startMs;
		this.spans = $derived(
			layoutBand(
				this.#entries().filter(isLongSpan),
				() => METRICS.spanLabel,
				epoch,
				this.#options(this.spanRows)
			)
		);
		this.points = $derived(
			layoutBand(
				this.#entries().filter((entry) => !isLongSpan(entry)),
				pointLabelWidth,
				epoch,
				this.#options(this.pointRows)
			)
		);
		const inView = (band: BandLayout<TimelineEntry>) =>
			visibleNodes(band, viewport.startMs, viewport.endMs, viewport.pxPerDay, MARGIN);
		this.spanNodes = $derived(inView(this.spans));
		// A point whose marker has left the view is dropped rather than shown as half a label.
		this.pointNodes = $derived(
			inView(this.points).filter((node) => node.items.length > 1 || node.endMs >= viewport.msAt(-6))
		);
		this.shownIds = $derived(
			[...this.spanNodes, ...this.pointNodes]
				.filter((node) => node.items.length === 1 && node.endMs >= viewport.startMs)
				.map((node) => node.items[0]!)
				.filter((item) => item.startMs <= viewport.endMs)
				.sort((a, b) => a.startMs - b.startMs)
				.map((item) => item.id)
		);
	}

	#options(rows: number): LevelOptions {
		const { extent, minDays } = this.#viewport.limits;
		const fullDays = (extent.endMs - extent.startMs) / DAY;
		return {
			rows,
			gap: 8,
			clusterWidth: 34,
			minPxPerDay: 240 / fullDays,
			maxPxPerDay: 2560 / minDays,
			levelsPerDoubling: 3
		};
	}

	#bandOf(id: string): BandLayout<TimelineEntry> | undefined {
		if (this.points.index.has(id)) return this.points;
		return this.spans.index.has(id) ? this.spans : undefined;
	}

	/**
	 * The window that brings an event into view standing alone (a long bar, where it can be,
	 * whole), or null if it already is; an event that no zoom separates is just centred.
	 */
	revealWindow(id: string): TimeWindow | null {
		const viewport = this.#viewport;
		const band = this.#bandOf(id);
		const index = band?.index.get(id);
		if (!band || index === undefined) return null;
		const item = band.items[index]!;
		const { layout } = band;
		const needed = layout.aloneFrom[index]!;
		const reachable = needed < layout.levels.length;
		const alonePxPerDay = reachable ? levelPxPerDay(layout.options, needed) * 1.02 : 0;
		const pxPerDay = Math.min(
			Math.max(viewport.pxPerDay, alonePxPerDay),
			viewport.width / viewport.limits.minDays
		);
		const days = (item.endMs - item.startMs) / DAY;
		if (item.span && days > 1 && pxPerDay <= (viewport.width * 0.8) / days) {
			const pad = (item.endMs - item.startMs) * 0.1;
			const whole = { startMs: item.startMs - pad, endMs: item.endMs + pad };
			const cut = whole.startMs < viewport.startMs || whole.endMs > viewport.endMs;
			return cut || pxPerDay > viewport.pxPerDay * 1.001 ? whole : null;
		}
		const from = viewport.startMs + (40 / viewport.pxPerDay) * DAY;
		const to = viewport.endMs - ((METRICS.maxLabel + 20) / viewport.pxPerDay) * DAY;
		const inView = item.startMs >= from && item.startMs <= to;
		if (pxPerDay <= viewport.pxPerDay * 1.001 && inView) return null;
		const half = ((viewport.width / pxPerDay) * DAY) / 2;
		return { startMs: item.startMs - half, endMs: item.startMs + half };
	}
}
