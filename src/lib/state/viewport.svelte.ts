/**
 * The visible window of the timeline: which stretch of time fills how many pixels.
 *
 * Every change goes through `#go`, which hands it to the gesture driver (d3-zoom) when one is
 * attached, so d3-zoom's own transform never drifts from ours; without a driver (on the server,
 * before hydration, in tests) the window is set directly.
 */
import { createContext } from 'svelte';

export const DAY = 86_400_000;

export interface TimeWindow {
	startMs: number;
	endMs: number;
}

export interface ViewportLimits {
	/** The whole period that can be shown. */
	extent: TimeWindow;
	/** The window shown at first and on reset. */
	initial: TimeWindow;
	/** The narrowest window, in days. */
	minDays: number;
}

/** Moves a window inside the extent and keeps its width within the limits. */
export function clampWindow({ startMs, endMs }: TimeWindow, limits: ViewportLimits): TimeWindow {
	const { extent, minDays } = limits;
	const full = extent.endMs - extent.startMs;
	const width = Math.min(full, Math.max(minDays * DAY, endMs - startMs));
	const centre = (startMs + endMs) / 2;
	const start = Math.min(Math.max(centre - width / 2, extent.startMs), extent.endMs - width);
	return { startMs: start, endMs: start + width };
}

/**
 * The timeline's width before it can measure itself, as when it is prerendered: its width on a
 * 360 px phone. Starting from the smallest common screen lets a wider one keep the prerendered
 * layout (see TimelineLayout), and phones are where a relayout after loading hurts most.
 */
export const OPENING_WIDTH = 328;

export type ViewportDriver = (target: TimeWindow, animate: boolean) => void;

export class Viewport {
	#window = $state.raw<TimeWindow>({ startMs: 0, endMs: 1 });
	#width = $state(OPENING_WIDTH);
	#driver: ViewportDriver | undefined;
	#measured = false;
	/** The window to keep through the next resize, set when the layout (not the user) changes the width. */
	#keep: TimeWindow | null = null;
	readonly limits: ViewportLimits;

	constructor(limits: ViewportLimits, width = OPENING_WIDTH) {
		this.limits = limits;
		this.#width = width;
		this.#window = clampWindow(limits.initial, limits);
	}

	get startMs() {
		return this.#window.startMs;
	}

	get endMs() {
		return this.#window.endMs;
	}

	get window(): TimeWindow {
		return this.#window;
	}

	/** Width of the timeline in pixels. */
	get width() {
		return this.#width;
	}

	readonly pxPerDay = $derived((this.#width * DAY) / (this.#window.endMs - this.#window.startMs));

	/** Screen x of a moment. */
	x(ms: number): number {
		return (
			((ms - this.#window.startMs) / (this.#window.endMs - this.#window.startMs)) * this.#width
		);
	}

	/** The moment at screen x. */
	msAt(px: number): number {
		return this.#window.startMs + (px / this.#width) * (this.#window.endMs - this.#window.startMs);
	}

	/**
	 * Sets the width in pixels. The first measurement keeps the window (the page was rendered for
	 * a guessed width); later ones keep the centre and the zoom, as a map does, so opening the
	 * panel beside the timeline neither regroups its events nor moves the one in the middle.
	 */
	resize(width: number) {
		if (width <= 0 || width === this.#width) return;
		const keep =
			this.#keep?.startMs === this.#window.startMs && this.#keep.endMs === this.#window.endMs;
		this.#keep = null;
		if (this.#measured && !keep) {
			const centre = (this.#window.startMs + this.#window.endMs) / 2;
			const half = ((this.#window.endMs - this.#window.startMs) * width) / this.#width / 2;
			this.#window = clampWindow({ startMs: centre - half, endMs: centre + half }, this.limits);
		}
		this.#measured = true;
		this.#width = width;
	}

	/**
	 * Keeps the current window through the next resize, as long as nothing moves it first: switching
	 * between layouts of different widths shows the same years.
	 */
	keepWindowThroughResize() {
		this.#keep = this.#window;
	}

	/** Lets a gesture library carry out every change, so its state stays in step with ours. */
	attachDriver(driver: ViewportDriver | undefined) {
		this.#driver = driver;
	}

	/**
	 * Called by the gesture driver as the window moves. A move of under a millisecond is the
	 * rounding of d3-zoom's transform (as when it is first attached), not a move: taking it would
	 * redraw everything drawn from the window for nothing.
	 */
	followGesture(target: TimeWindow) {
		const next = clampWindow(target, this.limits);
		const current = this.#window;
		if (Math.abs(next.startMs - current.startMs) < 1 && Math.abs(next.endMs - current.endMs) < 1) {
			return;
		}
		this.#window = next;
	}

	/** Zooms by `factor` (above 1 zooms in) keeping the moment under screen x `px` in place. */
	zoomAt(factor: number, px = this.#width / 2, animate = false) {
		const anchor = this.msAt(px);
		const span = (this.#window.endMs - this.#window.startMs) / factor;
		const startMs = anchor - (px / this.#width) * span;
		this.#go({ startMs, endMs: startMs + span }, animate);
	}

	/** Moves the window by `px` pixels (positive moves later in time). */
	panBy(px: number, animate = false) {
		const shift = (px / this.#width) * (this.#window.endMs - this.#window.startMs);
		this.#go({ startMs: this.#window.startMs + shift, endMs: this.#window.endMs + shift }, animate);
	}

	/** Shows exactly `target` (clamped to the limits). */
	show(target: TimeWindow, animate = false) {
		this.#go(target, animate);
	}

	/** Centres `ms` at the given pixels per day. */
	focusOn(ms: number, pxPerDay: number, animate = false) {
		const span = (this.#width / pxPerDay) * DAY;
		this.#go({ startMs: ms - span / 2, endMs: ms + span / 2 }, animate);
	}

	reset(animate = false) {
		this.#go(this.limits.initial, animate);
	}

	#go(target: TimeWindow, animate: boolean) {
		const clamped = clampWindow(target, this.limits);
		if (this.#driver) this.#driver(clamped, animate);
		else this.#window = clamped;
	}
}

export const [getViewport, setViewport] = createContext<Viewport>();
