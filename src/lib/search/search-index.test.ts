import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../scripts/read-content-files';
import { loadContent } from '../content/load-content';
import { loadSearchIndex, search, searchDocuments, searchIndexJson, snippet } from './search-index';

const result = loadContent(
	readContentFiles(join(import.meta.dirname, '../../../tests/fixtures/content/valid'))
);
if (!result.ok) throw new Error('the valid fixture must load');
const documents = searchDocuments(result.content, (id) => `date of ${id}`);
const index = loadSearchIndex(searchIndexJson(documents));

describe('search', () => {
	it('indexes every event and every paragraph of every essay', () => {
		expect(documents.filter((d) => d.kind === 'event')).toHaveLength(3);
		expect(documents.filter((d) => d.kind === 'passage')).toHaveLength(2);
	});

	it('finds events by title and passages by their words, apart, after a round trip through JSON', () => {
		const { events, passages } = search(index, 'Kronstadt');
		expect(events.map((hit) => hit.target)).toEqual(['kronstadt-rebellion']);
		expect(passages.map((hit) => [hit.target, hit.paragraph])).toEqual([['sample-essay', 3]]);
	});

	it('matches prefixes and small typos', () => {
		expect(search(index, 'Kronst').events).toHaveLength(1);
		expect(search(index, 'Kronshtadt').events).toHaveLength(1);
	});

	it('finds nothing for words the content lacks', () => {
		expect(search(index, 'zeppelin')).toEqual({ events: [], passages: [] });
	});
});

describe('snippet', () => {
	const text = 'one two three four five six seven eight nine ten eleven twelve';
	it('keeps short text whole', () => {
		expect(snippet('short', ['x'])).toBe('short');
	});
	it('cuts around the first match at words', () => {
		expect(snippet(text, ['eight'], 20)).toBe('…seven eight nine ten…');
	});
});
