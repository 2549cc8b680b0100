import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content';
import { formatProblem } from '../../src/lib/content/problem';
import { readContentFiles } from '../../scripts/read-content-files';

const FIXTURES = join(import.meta.dirname, '../fixtures/content');
const cases = readdirSync(FIXTURES).filter((name) => name !== 'valid');

describe('the content checker on broken fixtures', () => {
	it('has a fixture for every failure kind the foundation issue lists', () => {
		expect(cases).toEqual(
			expect.arrayContaining([
				'yaml-syntax',
				'unknown-field',
				'missing-field',
				'id-mismatch',
				'duplicate-id',
				'edtf-invalid',
				'interval-reversed',
				'date-out-of-period',
				'date-os-mismatch',
				'date-os-missing',
				'unknown-essay',
				'quote-not-found',
				'quote-ambiguous',
				'empty-accounts',
				'unknown-theme',
				'essay-front-matter-incomplete'
			])
		);
	});

	for (const name of cases) {
		it(`reports exactly the expected problems for ${name}`, () => {
			const root = join(FIXTURES, name);
			const expected = readFileSync(join(root, 'expected.txt'), 'utf8').trim().split('\n');
			const result = loadContent(readContentFiles(root));
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.problems.map(formatProblem)).toEqual(expected);
		});
	}
});

describe('the content checker on the valid fixture', () => {
	const result = loadContent(readContentFiles(join(FIXTURES, 'valid')));

	it('loads it with its counts', () => {
		if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
		expect(result.stats).toEqual({ events: 3, essays: 1, accounts: 3, quotes: 3 });
	});

	it('resolves every quote to its paragraph and character offsets', () => {
		if (!result.ok) throw new Error('valid fixture must load');
		const { events, essays } = result.content;
		for (const event of events) {
			for (const account of event.accounts) {
				const essay = essays.find((candidate) => candidate.id === account.essay);
				for (const quote of account.quotes) {
					expect(essay?.blocks[quote.block]?.text.slice(quote.start, quote.end)).toBe(quote.text);
				}
			}
		}
	});

	it('orders events chronologically and keeps both calendars', () => {
		if (!result.ok) throw new Error('valid fixture must load');
		const [october] = result.content.events;
		expect(result.content.events.map((event) => event.id)).toEqual([
			'october-insurrection',
			'seattle-general-strike',
			'kronstadt-rebellion'
		]);
		expect(october?.dateOs?.start).toMatchObject({ year: 1917, month: 10, day: 25 });
	});

	it('loads its tour with the stops in order', () => {
		if (!result.ok) throw new Error('valid fixture must load');
		expect(
			result.content.tours.map((tour) => [tour.id, tour.stops.map((stop) => stop.event)])
		).toEqual([['a-short-tour', ['october-insurrection', 'kronstadt-rebellion']]]);
	});

	it('defaults the region to russia', () => {
		if (!result.ok) throw new Error('valid fixture must load');
		expect(result.content.events.find((event) => event.id === 'kronstadt-rebellion')?.region).toBe(
			'russia'
		);
	});
});
