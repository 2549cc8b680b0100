/**
 * A click handler for links to event pages that opens the event in the timeline instead, except
 * when the reader asks for a new tab or window (modifier keys, middle button): then the link's
 * own page opens, as it does without JavaScript.
 */
export function openInPlace(open: (event: MouseEvent) => void) {
	return (event: MouseEvent) => {
		if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button) return;
		event.preventDefault();
		open(event);
	};
}
