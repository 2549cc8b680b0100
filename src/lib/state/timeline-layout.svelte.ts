/**
 * The timeline's layout for its current events, height and window: which band each event goes
 * in, their lanes and clusters at every zoom level (recomputed only when the events or the
 * height change), the nodes in view, and where to move to bring an event into view alone.
 */
import type { TimelineEntry } from '$lib/content/timeline-entry';
import {
	atZoom,
	layoutBandInSteps,
	visibleNodes,
	type BandLayout,
	type BandLevel,
	type BandNode
} from '$lib/layout/band-layout';
import { levelFor, levelPxPerDay, type LevelOptions } from '$lib/layout/cluster-levels';
import { estimateTextWidth } from '$lib/layout/label-width';
import { packLevel, unpackLevel, type PackedLevel } from '$lib/layout/packed-level';
import { RecentLayouts } from '$lib/layout/recent-layouts';
import { finish, type Steps } from '$lib/layout/steps';
import { byTime } from '$lib/layout/timeline-item';
import { DAY, Viewport, type TimeWindow, type ViewportLimits } from './viewport.svelte';

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

/**
 * The timeline's height on a 360 × 740 phone, as the home page's CSS makes it: the height it is
 * prerendered for, with the viewport's OPENING_WIDTH.
 */
export const OPENING_HEIGHT = 427;

/** Spans longer than a month run in the upper band as bars; shorter ones sit among the points. */
const LONG_SPAN_MS = 31 * DAY;
const MARGIN = METRICS.maxLabel + 40;
const LEVELS_PER_DOUBLING = 3;

export function isLongSpan(entry: TimelineEntry): boolean {
	return entry.span && entry.endMs - entry.startMs > LONG_SPAN_MS;
}

/** The room a point's label takes: its text, estimated, plus the marker; capped. */
export function pointLabelWidth(entry: TimelineEntry): number {
	const text = Math.ceil(estimateTextWidth(entry.title, METRICS.labelFont));
	return Math.min(METRICS.maxLabel, text + 16);
}

/** How many rows of bars and of points fit in a timeline this tall, and where the points begin. */
function bandRows(height: number) {
	const usable = height - METRICS.eraHeight - METRICS.axisHeight;
	const spanRows = Math.max(2, Math.floor((usable * 0.35) / METRICS.spanRow));
	const pointsTop = METRICS.eraHeight + spanRows * METRICS.spanRow + 6;
	const pointRows = Math.max(
		2,
		Math.floor((height - pointsTop - METRICS.axisHeight) / METRICS.pointRow)
	);
	return { spans: spanRows, points: pointRows, pointsTop };
}

type BandKind = 'spans' | 'points';

/** The entries one band draws: long spans as bars, the rest among the points. */
function inBand(entries: TimelineEntry[], kind: BandKind): TimelineEntry[] {
	const long = kind === 'spans';
	return entries.filter((entry) => isLongSpan(entry) === long);
}

/** The level each band is drawn at in the opening view, as the prerendering server laid it out. */
export interface OpeningLevels {
	spans: PackedLevel;
	points: PackedLevel;
}

/**
 * The opening levels of a timeline of `entries` as it is prerendered, for the page to start from:
 * made by the same layout the page uses, so they cannot differ from what it would make itself.
 */
export function openingLevels(entries: TimelineEntry[], limits: ViewportLimits): OpeningLevels {
	const layout = new TimelineLayout(
		new Viewport(limits),
		() => entries,
		() => OPENING_HEIGHT
	);
	return layout.openingLevels();
}

/** Layouts kept: both bands at the opening height, at the measured one, and after a resize. */
const KEPT_LAYOUTS = 6;

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

	/** The zoom and size the timeline is first drawn at, before it measures itself. */
	readonly #opening: { pxPerDay: number; span: number; height: number };
	readonly #keepsOpening: boolean;
	/** The opening view's levels, given for the entries the page opened with, while they apply. */
	readonly #openingLevels: OpeningLevels | undefined;
	readonly #openingEntries: TimelineEntry[];
	readonly #openingSpans: BandLevel<TimelineEntry> | null;
	readonly #openingPoints: BandLevel<TimelineEntry> | null;
	readonly #made = new RecentLayouts<BandLayout<TimelineEntry>>(KEPT_LAYOUTS);
	/** A layout begun in idle time and not yet finished. */
	#begun: {
		entries: TimelineEntry[];
		key: string;
		steps: Steps<BandLayout<TimelineEntry>>;
	} | null = null;

	/**
	 * `opening`, where given, are the levels `openingLevels` made for the entries and height the
	 * timeline opens with: it draws its opening view from them and lays out the bands only once it
	 * moves (or is asked where an event stands alone).
	 */
	constructor(
		viewport: Viewport,
		entries: () => TimelineEntry[],
		height: () => number,
		opening?: OpeningLevels
	) {
		this.#viewport = viewport;
		this.#entries = entries;
		this.#height = height;
		this.#openingLevels = opening;
		this.#openingEntries = entries();
		this.#opening = {
			pxPerDay: viewport.pxPerDay,
			span: viewport.endMs - viewport.startMs,
			height: height()
		};
		this.#keepsOpening = $derived(this.#keepOpening());
		const rows = $derived(bandRows(this.#keepsOpening ? this.#opening.height : this.#height()));
		this.spanRows = $derived(rows.spans);
		this.pointsTop = $derived(rows.pointsTop);
		this.pointRows = $derived(rows.points);
		this.spans = $derived(this.#band('spans', this.spanRows));
		this.points = $derived(this.#band('points', this.pointRows));
		this.#openingSpans = $derived(this.#openingLevel('spans'));
		this.#openingPoints = $derived(this.#openingLevel('points'));
		const levelPxPerDay = () => (this.#keepsOpening ? this.#opening.pxPerDay : viewport.pxPerDay);
		const inView = (
			opening: BandLevel<TimelineEntry> | null,
			band: () => BandLayout<TimelineEntry>
		) => {
			const level = (this.#keepsOpening && opening) || atZoom(band(), levelPxPerDay());
			return visibleNodes(level, viewport.startMs, viewport.endMs, levelPxPerDay(), MARGIN);
		};
		this.spanNodes = $derived(inView(this.#openingSpans, () => this.spans));
		// A point whose marker has left the view is dropped rather than shown as half a label.
		this.pointNodes = $derived(
			inView(this.#openingPoints, () => this.points).filter(
				(node) => node.items.length > 1 || node.endMs >= viewport.msAt(-6)
			)
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

	/**
	 * Whether to keep the opening layout. Pages are prerendered for a small phone (the viewport's
	 * opening width, the surface's opening height). A layout stays free of overlaps when the same
	 * span of time is drawn wider or taller, since distances only grow, so a timeline that measures
	 * itself up to one zoom level wider (and no shorter) than it was prerendered keeps that layout
	 * at the opening zoom, rather than regrouping its events under the reader as the page wakes
	 * up. It depends only on the zoom and the size, never on the way there.
	 */
	#keepOpening(): boolean {
		const opening = this.#opening;
		const viewport = this.#viewport;
		const span = viewport.endMs - viewport.startMs;
		const ratio = viewport.pxPerDay / opening.pxPerDay;
		return (
			Math.abs(span - opening.span) <= opening.span * 1e-9 &&
			ratio > 1 - 1e-9 &&
			ratio < 2 ** (1 / LEVELS_PER_DOUBLING) &&
			this.#height() >= opening.height
		);
	}

	/**
	 * Lays out the current events of one band for a number of rows, or finds that layout made
	 * before. Zooming away from the opening view and back switches between the opening height's
	 * rows and the measured height's, and with thousands of events a layout costs many frames.
	 */
	#band(kind: BandKind, rows: number): BandLayout<TimelineEntry> {
		const entries = this.#entries();
		return this.#made.get(entries, `${kind} ${rows}`, () => finish(this.#steps(kind, rows)));
	}

	/** The steps that lay out a band of the current events: those begun in idle time, if any. */
	#steps(kind: BandKind, rows: number): Steps<BandLayout<TimelineEntry>> {
		const entries = this.#entries();
		const key = `${kind} ${rows}`;
		const begun = this.#begun;
		if (begun?.entries === entries && begun.key === key) {
			this.#begun = null;
			return begun.steps;
		}
		return layoutBandInSteps(
			inBand(entries, kind),
			kind === 'spans' ? () => METRICS.spanLabel : pointLabelWidth,
			this.#viewport.limits.extent.startMs,
			this.#options(rows)
		);
	}

	/** The opening view's level of a band from the given levels, if they are for these entries. */
	#openingLevel(kind: BandKind): BandLevel<TimelineEntry> | null {
		const packed = this.#openingLevels?.[kind];
		const entries = this.#entries();
		if (!packed || entries !== this.#openingEntries) return null;
		const options = this.#options(bandRows(this.#opening.height)[kind]);
		if (
			packed.rows !== options.rows ||
			packed.index !== levelFor({ options }, this.#opening.pxPerDay)
		) {
			return null;
		}
		const items = inBand(entries, kind).sort(byTime);
		if (items.length !== packed.count) return null;
		return unpackLevel(packed, items, this.#viewport.limits.extent.startMs);
	}

	/** The level each band is drawn at in the opening view, for a page to start from. */
	openingLevels(): OpeningLevels {
		const rows = bandRows(this.#opening.height);
		const pack = (kind: BandKind) => {
			const band = this.#band(kind, rows[kind]);
			return packLevel(band, levelFor(band.layout, this.#opening.pxPerDay));
		};
		return { spans: pack('spans'), points: pack('points') };
	}

	/**
	 * While the opening layout is kept, lays out the bands for the measured height, so the first
	 * zoom finds them made: a zoom level at a time for as long as `timeLeft()` (in milliseconds)
	 * stays positive, and at least one. Returns whether work is left for another call. Meant for
	 * idle time after the timeline has drawn, where no step holds up the reader for long.
	 */
	prepareMeasuredLayout(timeLeft: () => number = () => Infinity): boolean {
		if (!this.#keepsOpening) return false;
		const entries = this.#entries();
		const rows = bandRows(this.#height());
		for (const kind of ['spans', 'points'] as const) {
			const key = `${kind} ${rows[kind]}`;
			if (this.#made.has(entries, key)) continue;
			const steps = this.#steps(kind, rows[kind]);
			this.#begun = { entries, key, steps };
			do {
				const next = steps.next();
				if (next.done) {
					this.#begun = null;
					this.#made.get(entries, key, () => next.value);
					break;
				}
			} while (timeLeft() > 0);
			if (this.#begun) return true;
		}
		return false;
	}

	/**
	 * Places, in the bands laid out so far, the zoom levels not yet placed (those where every event
	 * stands alone: see clusterLevelsInSteps), a level at a time while `timeLeft()` stays positive,
	 * so a zoom in later finds them made. Returns whether any is left. Meant for idle time.
	 */
	placeFinerLevels(timeLeft: () => number = () => Infinity): boolean {
		for (const band of this.#made.madeFor(this.#entries())) {
			while (band.layout.placeNext()) if (timeLeft() <= 0) return true;
		}
		return false;
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
			levelsPerDoubling: LEVELS_PER_DOUBLING
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
		const reachable = needed < layout.count;
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
