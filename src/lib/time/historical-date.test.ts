import { describe, expect, it } from 'vitest';
import { parseDateSpan, parseHistoricalDate } from './historical-date';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('parseHistoricalDate', () => {
	const cases = [
		{ text: '1917-11-07', start: '1917-11-07', end: '1917-11-08', precision: 'day' },
		{ text: '1917-11', start: '1917-11-01', end: '1917-12-01', precision: 'month' },
		{ text: '1917', start: '1917-01-01', end: '1918-01-01', precision: 'year' },
		{ text: '1918-05/1920-11', start: '1918-05-01', end: '1920-12-01', precision: 'month' },
		{ text: '1918-06-12~', start: '1918-06-12', end: '1918-06-13', precision: 'day' },
		{ text: '1900-02', start: '1900-02-01', end: '1900-03-01', precision: 'month' }
	];
	for (const { text, start, end, precision } of cases) {
		it(`reads ${text} as [${start}, ${end}) to the ${precision}`, () => {
			const parsed = parseHistoricalDate(text);
			if (!parsed.ok) throw new Error(parsed.problem.message);
			expect(iso(parsed.value.startMs)).toBe(start);
			expect(iso(parsed.value.endMs)).toBe(end);
			expect(parsed.value.start.precision).toBe(precision);
		});
	}

	it('keeps uncertainty and approximation per endpoint', () => {
		const parsed = parseHistoricalDate('1917?/1918-05~');
		if (!parsed.ok) throw new Error(parsed.problem.message);
		expect(parsed.value.start).toMatchObject({ uncertain: true, approximate: false });
		expect(parsed.value.end).toMatchObject({ uncertain: false, approximate: true });
	});

	const errors = [
		{
			text: '1917-13',
			message: '"1917-13" is not an EDTF date (unexpected character at position 7)'
		},
		{
			text: 'October 1917',
			message: '"October 1917" is not an EDTF date (unexpected character at position 1)'
		},
		{ text: '1917-02-29', message: '1917-02-29 does not exist in the Gregorian calendar' },
		{ text: '1920/1918', message: 'the span "1920/1918" ends before it starts' },
		{ text: '1917/..', message: '"1917/.." is a span with an open or unknown end' },
		{ text: '191X', message: expect.stringContaining('uses a form of EDTF') },
		{ text: '1917-21', message: expect.stringContaining('uses a form of EDTF') }
	];
	for (const { text, message } of errors) {
		it(`refuses ${text}`, () => {
			const parsed = parseHistoricalDate(text);
			expect(parsed.ok).toBe(false);
			if (!parsed.ok) expect(parsed.problem.message).toEqual(message);
		});
	}
});

describe('parseDateSpan in the Julian calendar', () => {
	it('accepts 29 February 1900, which only the Julian calendar has', () => {
		expect(parseDateSpan('1900-02-29', 'julian').ok).toBe(true);
		expect(parseDateSpan('1900-02-29', 'gregorian').ok).toBe(false);
	});
});
