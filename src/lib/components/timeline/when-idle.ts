/**
 * Runs `step` once the browser is idle (or after a moment, where it cannot say), and again at the
 * next idle time for as long as it returns true, so long work is cut into tasks that leave the
 * page free to answer in between; returns a cancel.
 */
export function whenIdle(step: () => boolean | void): () => void {
	let cancel = () => {};
	const schedule = () => {
		const run = () => {
			if (step() === true) schedule();
		};
		if (typeof requestIdleCallback === 'function') {
			const id = requestIdleCallback(run, { timeout: 2000 });
			cancel = () => cancelIdleCallback(id);
		} else {
			const id = setTimeout(run, 200);
			cancel = () => clearTimeout(id);
		}
	};
	schedule();
	return () => cancel();
}
