import { parseBenchData, sameOrigin } from '$lib/bench/bench-data';
import type { TimelineEntry } from '$lib/content/timeline-entry';

// The bench draws whatever data its URL names, so it renders in the browser only; loading the
// data here starts the fetch while the page's components are still being set up.
export const ssr = false;

export async function load({
	url,
	fetch
}): Promise<{ entries?: TimelineEntry[]; problem?: string }> {
	const data = url.searchParams.get('data');
	if (!data) return { problem: 'Give the data to draw as ?data=<a JSON file on this site>.' };
	const source = sameOrigin(data, url);
	if (!source) {
		return {
			problem: `Refused: ${data} is not on this site (${url.origin}); the bench only reads data from its own origin.`
		};
	}
	try {
		const response = await fetch(source);
		if (!response.ok)
			return { problem: `Could not load ${source.pathname}: HTTP ${response.status}` };
		const parsed = parseBenchData(await response.json());
		return parsed.ok ? { entries: parsed.entries } : { problem: `Refused: ${parsed.error}.` };
	} catch (error) {
		return { problem: `Could not load ${source.pathname}: ${String(error)}` };
	}
}
