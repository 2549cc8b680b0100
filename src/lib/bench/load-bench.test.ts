import { describe, expect, it, vi } from 'vitest';
import { fetchBenchData } from './fetch-bench-data';
import { loadBench } from './load-bench';

const page = (query: string) => new URL(`http://localhost:4174/bench${query}`);
const respond = (body: unknown, status = 200) =>
	vi.fn<(url: URL) => Promise<Response>>(
		async () => new Response(JSON.stringify(body), { status })
	);
const data = {
	schema: 'timeline-bench-events/1',
	n: 2,
	events: [
		{ id: 'a', title: 'Strike', start: '1905-01-22' },
		{ id: 'b', title: 'War', start: '1914-07-28', end: '1918-11-11' }
	]
};

describe('fetchBenchData', () => {
	it('fetches the file the address names on this site', async () => {
		const fetchData = respond(data);
		expect(await fetchBenchData(page('?data=/bench/d.json'), fetchData as typeof fetch)).toEqual({
			data
		});
		expect(String(fetchData.mock.calls[0]![0])).toBe('http://localhost:4174/bench/d.json');
	});

	it('refuses another origin without asking it for anything', async () => {
		const fetchData = respond(data);
		const fetched = await fetchBenchData(
			page('?data=https://example.org/d.json'),
			fetchData as typeof fetch
		);
		expect(fetched).toEqual({
			problem:
				'Refused: https://example.org/d.json is not on this site (http://localhost:4174); the bench only reads data from its own origin.'
		});
		expect(fetchData).not.toHaveBeenCalled();
	});

	it('says what it needs and what failed', async () => {
		expect(await fetchBenchData(page(''), respond(data) as typeof fetch)).toEqual({
			problem: 'Give the data to draw as ?data=<a JSON file on this site>.'
		});
		expect(await fetchBenchData(page('?data=/x.json'), respond({}, 404) as typeof fetch)).toEqual({
			problem: 'Could not load /x.json: HTTP 404'
		});
	});
});

describe('loadBench', () => {
	it('opens on all the events', () => {
		const loaded = loadBench({ data });
		if (!('entries' in loaded)) throw new Error(loaded.problem);
		expect(loaded.entries.map((entry) => entry.id)).toEqual(['a', 'b']);
		const { initial } = loaded.limits;
		expect(new Date(initial.startMs).toISOString().slice(0, 10)).toBe('1905-01-22');
		expect(new Date(initial.endMs).toISOString().slice(0, 10)).toBe('1918-11-12');
	});

	it('passes on a problem, refuses bad data, and says when there is nothing to draw', () => {
		expect(loadBench({ problem: 'no data' })).toEqual({ problem: 'no data' });
		expect(loadBench({ data: { schema: 'other' } })).toEqual({
			problem: 'Refused: expected schema "timeline-bench-events/1".'
		});
		expect(loadBench({ data: { ...data, events: [] } })).toEqual({
			problem: 'The data holds no events.'
		});
	});
});
