import { describe, expect, it } from 'vitest';
import { gregorianToJulian, julianLagDays, julianToGregorian } from './julian';

const ymd = (text: string) => {
	const [year, month, day] = text.split('-').map(Number) as [number, number, number];
	return { year, month, day };
};

describe('julianToGregorian and gregorianToJulian', () => {
	const cases = [
		{ julian: '1917-10-25', gregorian: '1917-11-07', why: 'the October insurrection' },
		{ julian: '1917-02-23', gregorian: '1917-03-08', why: 'International Women’s Day 1917' },
		{ julian: '1918-01-31', gregorian: '1918-02-13', why: 'the last Old Style day in Russia' },
		{ julian: '1905-01-09', gregorian: '1905-01-22', why: 'Bloody Sunday' },
		{
			julian: '1861-02-19',
			gregorian: '1861-03-03',
			why: 'the emancipation of the serfs (12 days)'
		},
		{ julian: '1900-02-29', gregorian: '1900-03-13', why: 'a Julian leap day the Gregorian lacks' },
		{ julian: '1900-03-01', gregorian: '1900-03-14', why: 'the first 13-day date' },
		{ julian: '1900-02-28', gregorian: '1900-03-12', why: 'the last 12-day date' },
		{ julian: '1582-10-05', gregorian: '1582-10-15', why: 'the Gregorian reform' }
	];
	for (const { julian, gregorian, why } of cases) {
		it(`maps ${julian} O.S. to ${gregorian} N.S. (${why})`, () => {
			expect(julianToGregorian(ymd(julian))).toEqual(ymd(gregorian));
			expect(gregorianToJulian(ymd(gregorian))).toEqual(ymd(julian));
		});
	}

	it('does not mutate its argument', () => {
		const date = ymd('1917-10-25');
		julianToGregorian(date);
		expect(date).toEqual(ymd('1917-10-25'));
	});
});

describe('julianLagDays', () => {
	const cases = [
		{ gregorian: '1861-03-03', expected: 12 },
		{ gregorian: '1900-03-13', expected: 12 },
		{ gregorian: '1900-03-14', expected: 13 },
		{ gregorian: '1917-11-07', expected: 13 }
	];
	for (const { gregorian, expected } of cases) {
		it(`is ${expected} days on ${gregorian}`, () => {
			expect(julianLagDays(ymd(gregorian))).toBe(expected);
		});
	}
});
