import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from './label-width';

describe('estimateTextWidth', () => {
	const cases = [
		{ text: '', expected: 0 },
		{ text: 'July Days', expected: 76.3 },
		{ text: 'iiii', expected: 19.1 },
		{ text: 'MMMM', expected: 54.9 }
	];
	for (const { text, expected } of cases) {
		it(`estimates “${text}” at ${expected} px in 14 px type`, () => {
			expect(estimateTextWidth(text, 14)).toBe(expected);
		});
	}

	it('grows with the text and with the type size', () => {
		expect(estimateTextWidth('Kronstadt rebellion', 13)).toBeGreaterThan(
			estimateTextWidth('Kronstadt', 13)
		);
		expect(estimateTextWidth('Kronstadt', 16)).toBeGreaterThan(estimateTextWidth('Kronstadt', 13));
	});

	it('counts a character beyond the Basic Multilingual Plane once, like any other letter', () => {
		expect(estimateTextWidth('a😀b', 10)).toBe(estimateTextWidth('abc', 10));
		expect(estimateTextWidth('a\ud83d', 10)).toBe(estimateTextWidth('ab', 10));
	});

	it('knows the typographic apostrophe and the en dash are narrow', () => {
		expect(estimateTextWidth('’', 10)).toBe(estimateTextWidth("'", 10));
		expect(estimateTextWidth('–', 10)).toBe(estimateTextWidth('-', 10));
		expect(estimateTextWidth('—', 10)).toBe(estimateTextWidth('a', 10));
	});
});
