/**
 * How many events fall in each of `bins` equal slices of a period, for the overview strip.
 * density([{startMs: 5}, {startMs: 15}], 0, 20, 2) → [1, 1]
 */
export function density(
	items: readonly { startMs: number }[],
	startMs: number,
	endMs: number,
	bins: number
): number[] {
	const counts = new Array<number>(bins).fill(0);
	const width = (endMs - startMs) / bins;
	for (const { startMs: at } of items) {
		const bin = Math.floor((at - startMs) / width);
		if (bin >= 0 && bin < bins) counts[bin]!++;
	}
	return counts;
}
