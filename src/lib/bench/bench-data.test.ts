import { describe, expect, it } from 'vitest';
import { parseBenchData } from './bench-data';
import { sameOrigin } from './fetch-bench-data';

const here = new URL('http://localhost:4174/bench?data=/bench/200.json');

describe('parseBenchData', () => {
	it('turns points and spans into timeline entries in time order', () => {
		const parsed = parseBenchData({
			schema: 'timeline-bench-events/1',
			n: 2,
			events: [
				{ id: 'b', title: 'War', text: '', category: 'c', start: '1914-07-28', end: '1918-11-11' },
				{ id: 'a', title: 'Strike', text: '', category: 'c', start: '1905-01-22' }
			]
		});
		if (!parsed.ok) throw new Error(parsed.error);
		expect(parsed.entries.map((entry) => [entry.id, entry.span])).toEqual([
			['a', false],
			['b', true]
		]);
		expect(new Date(parsed.entries[0]!.endMs).toISOString().slice(0, 10)).toBe('1905-01-23');
	});

	const refusals = [
		{ data: null, error: 'expected schema "timeline-bench-events/1"' },
		{ data: { schema: 'other' }, error: 'expected schema "timeline-bench-events/1"' },
		{ data: { schema: 'timeline-bench-events/1' }, error: 'expected an "events" list' },
		{
			data: { schema: 'timeline-bench-events/1', events: [{ id: 'a', title: 't', start: '1905' }] },
			error: 'event 0 needs an id, a title and YYYY-MM-DD dates'
		},
		{
			data: {
				schema: 'timeline-bench-events/1',
				events: [{ id: 'a', title: 't', start: '1905-01-02', end: '1904-01-01' }]
			},
			error: 'event 0 ends before it starts'
		}
	];
	for (const { data, error } of refusals) {
		it(`refuses ${JSON.stringify(data)}`, () => {
			expect(parseBenchData(data)).toEqual({ ok: false, error });
		});
	}
});

describe('sameOrigin', () => {
	const cases = [
		{ data: '/bench/200.json', expected: 'http://localhost:4174/bench/200.json' },
		{ data: 'bench/200.json', expected: 'http://localhost:4174/bench/200.json' },
		{ data: 'https://example.org/200.json', expected: null },
		{ data: '//example.org/200.json', expected: null },
		{ data: 'javascript:alert(1)', expected: null }
	];
	for (const { data, expected } of cases) {
		it(`${expected ? 'accepts' : 'refuses'} ${data}`, () => {
			expect(sameOrigin(data, here)?.href ?? null).toBe(expected);
		});
	}
});
