/**
 * The data the /bench page's address names, fetched only from this site. Kept apart from the
 * parsing and drawing so the page can ask for the data before the timeline's code has arrived.
 */
export type BenchFetch = { data: unknown } | { problem: string };

/** Whether `data` names a file on this site: the bench never fetches from another origin. */
export function sameOrigin(data: string, here: URL): URL | null {
	try {
		const url = new URL(data, here);
		return url.origin === here.origin ? url : null;
	} catch {
		return null;
	}
}

export async function fetchBenchData(page: URL, fetchData: typeof fetch): Promise<BenchFetch> {
	const data = page.searchParams.get('data');
	if (!data) return { problem: 'Give the data to draw as ?data=<a JSON file on this site>.' };
	const source = sameOrigin(data, page);
	if (!source) {
		return {
			problem: `Refused: ${data} is not on this site (${page.origin}); the bench only reads data from its own origin.`
		};
	}
	try {
		const response = await fetchData(source);
		if (!response.ok)
			return { problem: `Could not load ${source.pathname}: HTTP ${response.status}` };
		return { data: await response.json() };
	} catch (error) {
		return { problem: `Could not load ${source.pathname}: ${String(error)}` };
	}
}
