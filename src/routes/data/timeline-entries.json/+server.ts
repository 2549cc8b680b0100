import { packEntries } from '$lib/content/packed-entries';
import { timelineEntries } from '$lib/server/timeline-data';
import type { RequestHandler } from './$types';

export const prerender = true;

/**
 * Every event in the timeline's light form, for the timeline page (see its +page.ts). Fetched, it
 * travels in the page as JSON that the browser never compiles as a script.
 */
export const GET: RequestHandler = () =>
	new Response(packEntries(timelineEntries()), {
		headers: { 'content-type': 'application/json' }
	});
