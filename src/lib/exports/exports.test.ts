import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../scripts/read-content-files';
import { loadContent } from '../content/load-content';
import { essayDocument } from './essay-document';
import { CSV_COLUMNS, eventsCsv, parseCsv } from './events-csv';
import { escapeHtml, timelineJs } from './timelinejs';
import { webAnnotations } from './web-annotations';

const result = loadContent(
	readContentFiles(join(import.meta.dirname, '../../../tests/fixtures/content/valid'))
);
if (!result.ok) throw new Error('the valid fixture must load');
const { content } = result;
const url = (id: string) => `/events/${id}`;

describe('eventsCsv', () => {
	const rows = parseCsv(eventsCsv(content, url));

	it('has a header and one row per event, which read back to the content', () => {
		expect(rows[0]).toEqual([...CSV_COLUMNS]);
		expect(rows.slice(1).map((row) => row[0])).toEqual(content.events.map((event) => event.id));
		const october = rows.find((row) => row[0] === 'october-insurrection')!;
		expect(october.slice(1, 5)).toEqual([
			'October insurrection in Petrograd',
			'1917-11-07 N.S.',
			'1917-10-25 O.S.',
			'7 November 1917'
		]);
	});

	it('writes spans and qualifiers as EDTF, and quotes cells that need it', () => {
		const kronstadt = rows.find((row) => row[0] === 'kronstadt-rebellion')!;
		expect(kronstadt[2]).toBe('1921-03-01/1921-03-18 N.S.');
		expect(kronstadt[7]).toBe('opposition; insurrection');
		expect(parseCsv('a,"b, ""c""\nd"\r\n')).toEqual([['a', 'b, "c"\nd']]);
	});
});

describe('timelineJs', () => {
	const document = timelineJs(content, 'A <title>', url);

	it('gives every event with its New Style dates, and escapes all text as HTML', () => {
		expect(document.title.text.headline).toBe('A &#60;title&#62;');
		expect(document.events.map((event) => event.unique_id)).toEqual(
			content.events.map((e) => e.id)
		);
		const october = document.events.find((event) => event.unique_id === 'october-insurrection')!;
		expect(october.start_date).toMatchObject({ year: 1917, month: 11, day: 7 });
		expect(october.start_date.display_date).toBe('7 November 1917 (25 October 1917 Old Style)');
		const kronstadt = document.events.find((event) => event.unique_id === 'kronstadt-rebellion')!;
		expect(kronstadt.end_date).toEqual({ year: 1921, month: 3, day: 18 });
	});

	it('escapes the characters HTML gives meaning to', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
			'&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;'
		);
	});
});

describe('webAnnotations', () => {
	const collection = webAnnotations(content, {
		collection: '/data/annotations.jsonld',
		event: url,
		essay: (id) => `/essays/${id}`
	});

	it('has one annotation per quote, whose selectors find the quote in the essay', () => {
		const quotes = content.events.flatMap((event) =>
			event.accounts.flatMap((account) => account.quotes)
		);
		expect(collection.total).toBe(quotes.length);
		const essay = content.essays[0]!;
		const text = essayDocument(essay).text;
		for (const annotation of collection.first.items) {
			const [quote, position] = annotation.target.selector;
			expect(text.slice(position.start, position.end)).toBe(quote.exact);
			expect(text.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
			expect(text.slice(position.end, position.end + quote.suffix.length)).toBe(quote.suffix);
		}
	});
});
