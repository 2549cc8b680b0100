/** Runs `work` once the browser is idle (or after a moment, where it cannot say); returns a cancel. */
export function whenIdle(work: () => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(work, { timeout: 2000 });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(work, 200);
	return () => clearTimeout(id);
}
