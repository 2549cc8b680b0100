import { describe, expect, it } from 'vitest';
import { KeptValues } from './kept-values';

describe('KeptValues', () => {
	it('makes a value once while its key is used in every pass, and again after a pass without it', () => {
		const kept = new KeptValues<string>();
		const made: string[] = [];
		const pass = (keys: string[]) =>
			kept.pass((value) =>
				keys.map((key) =>
					value(key, () => {
						made.push(key);
						return key.toUpperCase();
					})
				)
			);
		expect(pass(['a', 'b'])).toEqual(['A', 'B']);
		expect(pass(['b', 'a', 'c'])).toEqual(['B', 'A', 'C']);
		expect(made).toEqual(['a', 'b', 'c']);
		pass(['c']);
		pass(['a', 'c']);
		expect(made).toEqual(['a', 'b', 'c', 'a']);
	});
});
