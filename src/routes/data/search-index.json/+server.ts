import { searchDocuments, searchIndexJson } from '$lib/search/search-index';
import { content } from '$lib/server/content';
import { formatSpan } from '$lib/time/format-date';

export const prerender = true;

const dates = new Map(content.events.map((event) => [event.id, formatSpan(event.date)]));

/** The search index, built once here; the browser loads it as it is. */
export function GET() {
	const json = searchIndexJson(searchDocuments(content, (id) => dates.get(id) ?? ''));
	return new Response(json, { headers: { 'content-type': 'application/json' } });
}
