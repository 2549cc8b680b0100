/**
 * Wires d3-zoom to a Viewport: wheel and trackpad pinch zoom about the pointer, drag and touch
 * pan, touch pinch zooms, double-click zooms in (shift: out), and horizontal trackpad scrolling
 * pans. d3-zoom keeps a transform relative to the whole extent; we translate it to and from the
 * viewport's time window, and every programmatic change goes through d3-zoom as well (see
 * Viewport.attachDriver) so the two never disagree.
 */
import { pointer, select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { Attachment } from 'svelte/attachments';
import { untrack } from 'svelte';
import { DAY, type TimeWindow, type Viewport } from '$lib/state/viewport.svelte';

export function zoomGestures(
	viewport: Viewport,
	reducedMotion: () => boolean
): Attachment<HTMLElement> {
	return (node) => {
		// Re-run (and re-sync) when the width changes; everything else is read untracked.
		const width = viewport.width;
		const { extent, minDays } = viewport.limits;
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
			.scaleExtent([1, full / (minDays * DAY)])
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
		untrack(() => selection.call(behavior.transform, toTransform(viewport.window)));

		return () => {
			viewport.attachDriver(undefined);
			selection.interrupt().on('.zoom', null).on('dblclick.timeline', null);
			node.removeEventListener('wheel', panSideways);
		};
	};
}
