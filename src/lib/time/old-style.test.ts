import { describe, expect, it } from 'vitest';
import { parseDateSpan, parseHistoricalDate } from './historical-date';
import { utcMs } from './utc';
import { checkOldStyle, oldStyleRequired } from './old-style';

const RUSSIA_CHANGE = utcMs(1918, 2, 14);

function check(date: string, dateOs: string) {
	const ns = parseHistoricalDate(date);
	const os = parseDateSpan(dateOs, 'julian');
	if (!ns.ok || !os.ok) throw new Error('fixture dates must parse');
	return checkOldStyle(ns.value, os.value, RUSSIA_CHANGE);
}

describe('checkOldStyle', () => {
	const matching = [
		{ date: '1917-11-07', dateOs: '1917-10-25' },
		{ date: '1905-01-22', dateOs: '1905-01-09' },
		{ date: '1861-03-03', dateOs: '1861-02-19' },
		{ date: '1917-03', dateOs: '1917-02', why: 'months overlap' },
		{ date: '1917-11', dateOs: '1917-10' },
		{ date: '1917-11', dateOs: '1917-11' },
		{ date: '1917-03-08/1917-03-12', dateOs: '1917-02-23/1917-02-27' },
		{ date: '1917-12-22/1918-03-03', dateOs: '1917-12-09', why: 'span past the change' }
	];
	for (const { date, dateOs } of matching) {
		it(`accepts ${dateOs} O.S. for ${date} N.S.`, () => {
			expect(check(date, dateOs)).toBeNull();
		});
	}

	const mismatched = [
		{
			date: '1917-11-07',
			dateOs: '1917-10-24',
			problem: {
				message:
					'date_os 1917-10-24 is 1917-11-06 in the New Style, which does not match date 1917-11-07',
				hint: 'in 1917 the Old Style is 13 days behind: date_os should be 1917-10-25, or correct date'
			}
		},
		{
			date: '1917-11-07',
			dateOs: '1917-11-07',
			problem: {
				message:
					'date_os 1917-11-07 is 1917-11-20 in the New Style, which does not match date 1917-11-07',
				hint: 'in 1917 the Old Style is 13 days behind: date_os should be 1917-10-25, or correct date'
			}
		},
		{
			date: '1917-11',
			dateOs: '1917-09',
			problem: {
				message:
					'date_os 1917-09 is 1917-09-14/1917-10-13 in the New Style, which does not match date 1917-11',
				hint: 'in 1917 the Old Style is 13 days behind: date_os should be 1917-10 or 1917-11, or correct date'
			}
		},
		{
			date: '1917-11-07',
			dateOs: '1917-10',
			problem: {
				message: 'date_os 1917-10 is given to the month but date 1917-11-07 to the day',
				hint: 'give both to the same precision: date_os 1917-10-25'
			}
		},
		{
			date: '1917-03-08/1917-03-12',
			dateOs: '1917-02-23',
			problem: { message: 'date is a span but date_os is not', hint: 'give date_os as a span too' }
		},
		{
			date: '1917-12-22/1918-03-03',
			dateOs: '1917-12-09/1918-02-18',
			problem: {
				message:
					'the span runs past the change to the New Style calendar, so only its start has an Old Style date',
				hint: 'give date_os as a single date: 1917-12-09'
			}
		}
	];
	for (const { date, dateOs, problem } of mismatched) {
		it(`refuses ${dateOs} O.S. for ${date} N.S.`, () => {
			expect(check(date, dateOs)).toEqual(problem);
		});
	}
});

describe('oldStyleRequired', () => {
	const cases = [
		{ date: '1917-11-07', expected: true },
		{ date: '1917-11', expected: true },
		{ date: '1917', expected: false, why: 'a year is the same in both calendars, nearly' },
		{ date: '1918-02-14', expected: false },
		{ date: '1918-02-13', expected: true },
		{ date: '1914-07/1918-11', expected: true }
	];
	for (const { date, expected } of cases) {
		it(`is ${expected} for ${date}`, () => {
			const parsed = parseHistoricalDate(date);
			if (!parsed.ok) throw new Error(parsed.problem.message);
			expect(oldStyleRequired(parsed.value, RUSSIA_CHANGE)).toBe(expected);
			expect(oldStyleRequired(parsed.value, undefined)).toBe(false);
		});
	}
});
