import { describe, expect, it } from 'vitest';
import { density } from './density';

describe('density', () => {
	const cases = [
		{ name: 'counts items per slice', starts: [5, 15, 16], bins: 2, expected: [1, 2] },
		{
			name: 'leaves out items outside the period',
			starts: [-1, 20, 25],
			bins: 2,
			expected: [0, 0]
		},
		{ name: 'gives zeros for no items', starts: [], bins: 3, expected: [0, 0, 0] }
	];
	for (const { name, starts, bins, expected } of cases) {
		it(name, () => {
			expect(
				density(
					starts.map((startMs) => ({ startMs })),
					0,
					20,
					bins
				)
			).toEqual(expected);
		});
	}
});
