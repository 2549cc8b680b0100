/**
 * The timeline's gestures, attached once the timeline is drawn: d3-zoom and what it brings
 * (d3-zoom-driver.ts) load in their own chunk after the first events are on screen, since they
 * are over a third of the timeline's script and nothing needs them to draw. Until they are
 * attached (one more fetch: 35–45 ms after the first draw in the bench's traces) the buttons and
 * keys already work, as the viewport moves by itself without a driver. The surface then carries
 * `data-gestures="ready"`, which scripts and tests can wait for.
 */
import type { Attachment } from 'svelte/attachments';
import { DAY, type Viewport } from '$lib/state/viewport.svelte';

export function zoomGestures(
	viewport: Viewport,
	reducedMotion: () => boolean
): Attachment<HTMLElement> {
	return (node) => {
		// Re-run (and re-sync) when the width changes; the driver reads everything else untracked,
		// in a later task.
		const width = viewport.width;
		const { extent, minDays } = viewport.limits;
		const maxScale = (extent.endMs - extent.startMs) / (minDays * DAY);
		let stop: (() => void) | undefined;
		let detached = false;
		import('./d3-zoom-driver').then(
			({ driveWithD3Zoom }) => {
				if (detached) return;
				stop = driveWithD3Zoom(node, viewport, { width, maxScale }, reducedMotion);
				node.dataset.gestures = 'ready';
			},
			(error: unknown) => {
				// Offline with a stale cache, say: the timeline keeps its buttons and keys.
				console.warn('Timeline gestures could not load:', error);
			}
		);
		return () => {
			detached = true;
			stop?.();
			delete node.dataset.gestures;
		};
	};
}
