/** Re-reads every export the build wrote and checks it against the content. */
import { parseCsv } from '../../src/lib/exports/events-csv';
import { essayDocument } from '../../src/lib/exports/essay-document';
import { content } from './content';
import { expect, test } from './fixtures';

const quotes = content.events.flatMap((event) =>
	event.accounts.flatMap((account) => account.quotes.map((quote) => ({ event, account, quote })))
);

test.describe('exports', () => {
	test('the About page links every export', async ({ page }) => {
		await page.goto('/about');
		for (const name of ['events.json', 'events.csv', 'timelinejs.json', 'annotations.jsonld']) {
			await expect(page.getByRole('link', { name })).toHaveAttribute('href', `/data/${name}`);
		}
	});

	test('events.json holds every event with its resolved quotes', async ({ request }) => {
		const data = await (await request.get('/data/events.json')).json();
		expect(data.events).toEqual(JSON.parse(JSON.stringify(content.events)));
		expect(data.essays.map((essay: { id: string }) => essay.id)).toEqual(
			content.essays.map((e) => e.id)
		);
	});

	test('events.csv has a row per event with its dates as text', async ({ request }) => {
		const response = await request.get('/data/events.csv');
		const rows = parseCsv(await response.text());
		const [header, ...body] = rows;
		expect(body).toHaveLength(content.events.length);
		const column = (name: string) => header!.indexOf(name);
		for (const [index, event] of content.events.entries()) {
			const row = body[index]!;
			expect(row[column('id')]).toBe(event.id);
			expect(row[column('title')]).toBe(event.title);
			expect(row[column('date_ns')]).toBe(`${event.date.edtf} N.S.`);
			expect(row[column('summary')]).toBe(event.summary);
		}
	});

	test('timelinejs.json has every event with its New Style start', async ({ request }) => {
		const document = await (await request.get('/data/timelinejs.json')).json();
		expect(document.events).toHaveLength(content.events.length);
		for (const [index, event] of content.events.entries()) {
			const exported = document.events[index];
			expect(exported.unique_id).toBe(event.id);
			expect(exported.start_date.year).toBe(event.date.start.year);
			expect(exported.start_date.month).toBe(event.date.start.month);
			expect(exported.start_date.day).toBe(event.date.start.day);
		}
	});

	test('annotations.jsonld locates every quote in its essay by words and by position', async ({
		request
	}) => {
		const collection = await (await request.get('/data/annotations.jsonld')).json();
		expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
		expect(collection.total).toBe(quotes.length);
		const documents = new Map(content.essays.map((essay) => [essay.id, essayDocument(essay).text]));
		collection.first.items.forEach(
			(
				annotation: {
					target: {
						source: string;
						selector: [{ exact: string; prefix: string }, { start: number; end: number }];
					};
				},
				i: number
			) => {
				const { event, account, quote } = quotes[i]!;
				expect(annotation.target.source).toBe(`/essays/${account.essay}`);
				const [byWords, byPosition] = annotation.target.selector;
				expect(byWords.exact).toBe(quote.text);
				const text = documents.get(account.essay)!;
				expect(text.slice(byPosition.start, byPosition.end)).toBe(quote.text);
				expect(text.slice(byPosition.start - byWords.prefix.length, byPosition.start)).toBe(
					byWords.prefix
				);
				expect(event.accounts).toContain(account);
			}
		);
	});
});
