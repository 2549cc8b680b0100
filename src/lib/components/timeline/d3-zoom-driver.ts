/**
 * Wires d3-zoom to a Viewport: wheel and trackpad pinch zoom about the pointer, drag and touch
 * pan, touch pinch zooms, double-click zooms in (shift: out), and horizontal trackpad scrolling
 * pans. d3-zoom keeps a transform relative to the whole extent; we translate it to and from the
 * viewport's time window, and every programmatic change goes through d3-zoom as well (see
 * Viewport.attachDriver) so the two never disagree. Loaded after the timeline is drawn
 * (zoom-gestures.ts): d3-zoom and what it brings are over a third of the timeline's script.
 */
import { pointer, select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
// Types only: a value imported from the timeline's modules would make a chunk shared with them.
import type { TimeWindow, Viewport } from '$lib/state/viewport.svelte';

/**
 * Starts driving `viewport` from gestures on `node`, `width` pixels wide, zooming in at most
 * `maxScale` times the whole extent; returns the stop.
 */
export function driveWithD3Zoom(
	node: HTMLElement,
	viewport: Viewport,
	{ width, maxScale }: { width: number; maxScale: number },
	reducedMotion: () => boolean
): () => void {
	const { extent } = viewport.limits;
	const full = extent.endMs - extent.startMs;
	const toTransform = ({ startMs, endMs }: TimeWindow): ZoomTransform => {
		const k = full / (endMs - startMs);
		return zoomIdentity.translate((-(startMs - extent.startMs) / full) * width * k, 0).scale(k);
	};
	const toWindow = (t: ZoomTransform): TimeWindow => {
		const startMs = extent.startMs + (-t.x / (width * t.k)) * full;
		return { startMs, endMs: startMs + full / t.k };
	};

	const behavior = zoom<HTMLElement, unknown>()
		.scaleExtent([1, maxScale])
		.extent([
			[0, 0],
			[width, 1]
		])
		.translateExtent([
			[0, -Infinity],
			[width, Infinity]
		])
		// Leave sideways wheel turns to `panSideways`; buttons other than the main one alone.
		.filter((event: Event) => {
			if (event instanceof WheelEvent) {
				return event.ctrlKey || Math.abs(event.deltaY) >= Math.abs(event.deltaX);
			}
			return !(event as MouseEvent).button && !(event as MouseEvent).ctrlKey;
		})
		.on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
			viewport.followGesture(toWindow(event.transform));
		});

	const selection = select(node);
	selection.call(behavior).on('dblclick.zoom', null);
	selection.on('dblclick.timeline', (event: MouseEvent) => {
		if ((event.target as Element).closest('a, button')) return;
		viewport.zoomAt(event.shiftKey ? 0.5 : 2, pointer(event, node)[0], !reducedMotion());
	});

	const panSideways = (event: WheelEvent) => {
		if (event.ctrlKey || Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
		event.preventDefault();
		viewport.panBy(event.deltaX);
	};
	node.addEventListener('wheel', panSideways, { passive: false });

	viewport.attachDriver((target, animate) => {
		const transform = toTransform(target);
		if (animate && !reducedMotion()) {
			selection.transition().duration(450).call(behavior.transform, transform);
		} else {
			selection.interrupt().call(behavior.transform, transform);
		}
	});
	selection.call(behavior.transform, toTransform(viewport.window));

	return () => {
		viewport.attachDriver(undefined);
		selection.interrupt().on('.zoom', null).on('dblclick.timeline', null);
		node.removeEventListener('wheel', panSideways);
	};
}
