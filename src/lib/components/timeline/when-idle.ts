/**
 * How long one idle task may run. The browser offers up to 50 ms, but a tap that arrives meanwhile
 * waits for the task to end, and a phone four times slower than a laptop would take 200 ms.
 */
const SLICE_MS = 8;

/**
 * Runs `step` once the browser is idle (or after a moment, where it cannot say), and again at the
 * next idle time for as long as it returns true, so long work is cut into short tasks that leave
 * the page free to answer in between. `step` is told how many milliseconds of its slice are left.
 * Returns a cancel.
 */
export function whenIdle(step: (timeLeft: () => number) => boolean | void): () => void {
	let cancel = () => {};
	const run = (idleLeft: () => number) => {
		const until = performance.now() + SLICE_MS;
		const timeLeft = () => Math.min(idleLeft(), until - performance.now());
		if (step(timeLeft) === true) schedule();
	};
	const schedule = () => {
		if (typeof requestIdleCallback === 'function') {
			const id = requestIdleCallback((deadline) => run(() => deadline.timeRemaining()), {
				timeout: 2000
			});
			cancel = () => cancelIdleCallback(id);
		} else {
			const id = setTimeout(() => run(() => Infinity), 200);
			cancel = () => clearTimeout(id);
		}
	};
	schedule();
	return () => cancel();
}
