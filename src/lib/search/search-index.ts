/**
 * Full-text search over event titles and summaries and the essays' paragraphs, with MiniSearch.
 * The index is built once at build time (searchIndexJson) and loaded as it is in the browser
 * (loadSearchIndex), so search works offline and costs the reader no indexing.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { Content } from '../content/model';

export interface SearchDocument {
	/** `event:<id>` or `passage:<essay id>:<block>`. */
	id: string;
	kind: 'event' | 'passage';
	title: string;
	text: string;
	/** The event's id, or the essay's. */
	target: string;
	/** For a passage, its paragraph in the essay (1-based, as in the page's `#p12` anchors). */
	paragraph?: number;
	/** For an event, its date as text; for a passage, its essay's title. */
	context: string;
}

export const SEARCH_OPTIONS: Options<SearchDocument> = {
	fields: ['title', 'text'],
	storeFields: ['kind', 'title', 'text', 'target', 'paragraph', 'context'],
	searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' }
};

export function searchDocuments(
	content: Content,
	dateText: (id: string) => string
): SearchDocument[] {
	const events = content.events.map((event) => ({
		id: `event:${event.id}`,
		kind: 'event' as const,
		title: event.title,
		text: event.summary,
		target: event.id,
		context: dateText(event.id)
	}));
	const passages = content.essays.flatMap((essay) =>
		essay.blocks.flatMap((block, index) =>
			block.kind === 'paragraph'
				? [
						{
							id: `passage:${essay.id}:${index}`,
							kind: 'passage' as const,
							title: essay.title,
							text: block.text,
							target: essay.id,
							paragraph: index + 1,
							context: essay.collection ? `${essay.collection}, chapter ${essay.part}` : 'Essay'
						}
					]
				: []
		)
	);
	return [...events, ...passages];
}

export function searchIndexJson(documents: SearchDocument[]): string {
	const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
	index.addAll(documents);
	return JSON.stringify(index);
}

export function loadSearchIndex(json: string): MiniSearch<SearchDocument> {
	return MiniSearch.loadJSON<SearchDocument>(json, SEARCH_OPTIONS);
}

export type SearchHit = SearchResult & Omit<SearchDocument, 'id'>;

/** Results for `query`, events and passages apart, best first. */
export function search(index: MiniSearch<SearchDocument>, query: string, limit = 30) {
	const hits = index.search(query) as SearchHit[];
	return {
		events: hits.filter((hit) => hit.kind === 'event').slice(0, limit),
		passages: hits.filter((hit) => hit.kind === 'passage').slice(0, limit)
	};
}

/** The part of a passage around the first matched term, cut at words: for showing a result. */
export function snippet(text: string, terms: string[], size = 220): string {
	const lower = text.toLowerCase();
	const at = Math.min(
		...terms.map((term) => lower.indexOf(term.toLowerCase())).filter((i) => i >= 0)
	);
	if (!Number.isFinite(at) || text.length <= size)
		return text.length <= size ? text : `${text.slice(0, size)}…`;
	let from = Math.max(0, at - size / 3);
	if (from > 0) from = text.indexOf(' ', from) + 1;
	let to = Math.min(text.length, from + size);
	if (to < text.length) to = text.lastIndexOf(' ', to);
	return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}
