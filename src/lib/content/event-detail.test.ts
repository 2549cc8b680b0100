import { describe, expect, it } from 'vitest';
import { around } from './event-detail';

describe('around', () => {
	const text = 'The sailors of Kronstadt rose in March 1921 and demanded free soviets.';
	const start = text.indexOf('rose');
	const end = text.indexOf(' and');
	const cases = [
		{
			size: 200,
			expected: { before: 'The sailors of Kronstadt ', after: ' and demanded free soviets.' }
		},
		{ size: 12, expected: { before: '…Kronstadt ', after: ' and…' } },
		{ size: 0, expected: { before: '…', after: '…' } }
	];
	for (const { size, expected } of cases) {
		it(`keeps whole words within ${size} characters each side`, () => {
			expect(around(text, start, end, size)).toEqual(expected);
		});
	}

	it('adds no ellipsis at the ends of the paragraph', () => {
		expect(around('whole', 0, 5)).toEqual({ before: '', after: '' });
	});
});
