/**
 * Reports an element's client width and height after every layout that changes them, from the
 * first one on. Unlike `bind:clientWidth`, which reads the size as the component mounts and so
 * forces the browser to lay out the half-built page there and then, this waits for the layout the
 * browser does anyway: on the timeline page that is tens of milliseconds off hydration.
 */
import type { Attachment } from 'svelte/attachments';

export function observeSize(
	onsize: (width: number, height: number) => void
): Attachment<HTMLElement> {
	return (node) => {
		const observer = new ResizeObserver(() => onsize(node.clientWidth, node.clientHeight));
		observer.observe(node);
		return () => observer.disconnect();
	};
}
