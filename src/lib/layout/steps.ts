/**
 * Work written as a generator that yields between steps can be spread over idle moments, or
 * finished at once when its result is wanted now.
 */
export type Steps<R> = Generator<void, R, void>;

/** Runs the remaining steps and returns the result. */
export function finish<R>(steps: Steps<R>): R {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}
