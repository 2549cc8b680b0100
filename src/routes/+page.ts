import { resolve } from '$app/paths';
import type { PageLoad } from './$types';

/**
 * The events come from a data file rather than with the rest of the page's data: SvelteKit writes
 * what a load fetches into the prerendered page as JSON, read as data, while data from the server
 * load goes into the page's start-up script, where a 170 KB string literal cost the browser tens
 * of milliseconds of compiling before the page could hydrate.
 */
export const load: PageLoad = async ({ data, fetch }) => {
	const response = await fetch(resolve('/data/timeline-entries.json'));
	if (!response.ok) throw new Error(`the timeline's events: HTTP ${response.status}`);
	return { ...data, entries: await response.text() };
};
