import { describe, expect, it } from 'vitest';
import { formatSpan } from './format-date';
import { parseDateSpan } from './historical-date';

describe('formatSpan', () => {
	const cases = [
		{ text: '1917-11-07', expected: '7 November 1917' },
		{ text: '1917-11', expected: 'November 1917' },
		{ text: '1917', expected: '1917' },
		{ text: '1917-03-08/1917-03-12', expected: '8–12 March 1917' },
		{ text: '1917-03-08/1917-11-07', expected: '8 March – 7 November 1917' },
		{ text: '1918-05/1920-11', expected: 'May 1918 – November 1920' },
		{ text: '1918-05/1918-11', expected: 'May – November 1918' },
		{ text: '1914/1918', expected: '1914 – 1918' },
		{ text: '1918-06-12~', expected: 'c. 12 June 1918' },
		{ text: '1905?', expected: '1905?' },
		{ text: '1918-06%', expected: 'c. June 1918?' },
		{ text: '1917-12-31/1918-01-02', expected: '31 December 1917 – 2 January 1918' }
	];
	for (const { text, expected } of cases) {
		it(`writes ${text} as “${expected}”`, () => {
			const parsed = parseDateSpan(text, 'gregorian');
			if (!parsed.ok) throw new Error(parsed.problem.message);
			expect(formatSpan(parsed.value)).toBe(expected);
		});
	}

	it('prints a Julian leap day the Gregorian calendar lacks', () => {
		const parsed = parseDateSpan('1900-02-29', 'julian');
		if (!parsed.ok) throw new Error(parsed.problem.message);
		expect(formatSpan(parsed.value)).toBe('29 February 1900');
	});
});
