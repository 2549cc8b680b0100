/**
 * Calls `start` when the page is about to be printed: on `beforeprint` (the print dialog, the
 * print button), and when the print media query starts to match (print preview in some browsers,
 * emulated print media in tests). If the page is already being printed when the watch begins (it
 * was printed while it was still waking up), `start` is called in a microtask, outside the effect
 * that begins the watch. Returns the function that stops watching.
 */
export function whenPrinting(start: () => void): () => void {
	const print = window.matchMedia('print');
	let watching = true;
	const onchange = () => {
		if (print.matches) start();
	};
	window.addEventListener('beforeprint', start);
	print.addEventListener('change', onchange);
	queueMicrotask(() => {
		if (watching && print.matches) start();
	});
	return () => {
		watching = false;
		window.removeEventListener('beforeprint', start);
		print.removeEventListener('change', onchange);
	};
}
