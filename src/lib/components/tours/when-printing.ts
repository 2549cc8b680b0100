/**
 * Calls `start` when the page is about to be printed: on `beforeprint` (the print dialog, the
 * print button), and when the print media query starts to match (print preview in some browsers,
 * emulated print media in tests). Returns the function that stops watching.
 */
export function whenPrinting(start: () => void): () => void {
	const print = window.matchMedia('print');
	const onchange = () => {
		if (print.matches) start();
	};
	window.addEventListener('beforeprint', start);
	print.addEventListener('change', onchange);
	return () => {
		window.removeEventListener('beforeprint', start);
		print.removeEventListener('change', onchange);
	};
}
