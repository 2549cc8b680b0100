import { describe, expect, it } from 'vitest';
import { utcMs } from '../time/utc';
import { readUrlState, writeUrlState } from './url-state';

const EXTENT = { startMs: utcMs(1850, 1, 1), endMs: utcMs(2001, 1, 1) };
const isEvent = (id: string) => id === 'kronstadt-rebellion';
const isEssay = (id: string) => id === 'gavril-myasnikov';
const read = (query: string) => readUrlState(new URLSearchParams(query), isEvent, EXTENT, isEssay);

describe('readUrlState', () => {
	const cases = [
		{
			query: 'event=kronstadt-rebellion&from=1920-09&to=1921-06',
			expected: {
				event: 'kronstadt-rebellion',
				window: { startMs: utcMs(1920, 9, 1), endMs: utcMs(1921, 7, 1) }
			}
		},
		{
			query: 'from=1917-11-07&to=1917-11-07',
			expected: { window: { startMs: utcMs(1917, 11, 7), endMs: utcMs(1917, 11, 8) } }
		},
		{
			query: 'from=1905&to=1946',
			expected: { window: { startMs: utcMs(1905, 1, 1), endMs: utcMs(1947, 1, 1) } }
		},
		{ query: 'calendar=old', expected: { calendar: 'old' } },
		{ query: '', expected: {} },
		{ query: 'event=no-such-event', expected: {} },
		{ query: 'event=<script>alert(1)</script>', expected: {} },
		{ query: 'from=1921&to=1917', expected: {} },
		{ query: 'from=1917-13&to=1918', expected: {} },
		{ query: 'from=1917-02-30&to=1918', expected: {} },
		{ query: 'from=yesterday&to=1918', expected: {} },
		{ query: 'from=1917', expected: {} },
		{ query: 'from=1700&to=1800', expected: {} },
		{
			query: 'from=1700&to=1860',
			expected: { window: { startMs: utcMs(1850, 1, 1), endMs: utcMs(1861, 1, 1) } }
		},
		{ query: 'calendar=julian', expected: {} },
		{ query: 'view=essays', expected: { view: 'essays' } },
		{ query: 'view=list', expected: { view: 'list' } },
		{ query: 'view=grid', expected: {} },
		{ query: 'essay=gavril-myasnikov', expected: { essay: 'gavril-myasnikov' } },
		{ query: 'essay=unknown', expected: {} }
	];
	for (const { query, expected } of cases) {
		it(`reads “${query}”`, () => {
			expect(read(query)).toEqual(expected);
		});
	}
});

describe('writeUrlState', () => {
	it('writes the event, the first and last day shown, and the calendar', () => {
		const text = writeUrlState({
			event: 'kronstadt-rebellion',
			window: { startMs: utcMs(1920, 9, 1), endMs: utcMs(1921, 7, 1) },
			calendar: 'old'
		});
		expect(text).toBe('event=kronstadt-rebellion&from=1920-09-01&to=1921-06-30&calendar=old');
	});

	it('round-trips a window to the day', () => {
		const window = { startMs: utcMs(1917, 3, 8), endMs: utcMs(1917, 11, 20) };
		expect(read(writeUrlState({ window })).window).toEqual(window);
	});

	it('writes nothing for the default state', () => {
		expect(writeUrlState({})).toBe('');
	});

	it('leaves out the opening window unless an event is chosen', () => {
		const initial = { startMs: utcMs(1905, 1, 1), endMs: utcMs(1947, 1, 1) };
		// d3-zoom's transforms carry the window off by a fraction of a day.
		const window = { startMs: initial.startMs + 0.4, endMs: initial.endMs - 0.3 };
		expect(writeUrlState({ window }, initial)).toBe('');
		expect(writeUrlState({ window, calendar: 'old' }, initial)).toBe('calendar=old');
		expect(writeUrlState({ window, event: 'kronstadt-rebellion' }, initial)).toBe(
			'event=kronstadt-rebellion&from=1905-01-01&to=1946-12-31'
		);
		const later = { startMs: utcMs(1906, 1, 1), endMs: utcMs(1947, 1, 1) };
		expect(writeUrlState({ window: later }, initial)).toBe('from=1906-01-01&to=1946-12-31');
	});
});
