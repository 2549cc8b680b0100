import { resolve } from '$app/paths';
import type { EventDetail } from '$lib/content/event-detail';
import type { PageLoad } from './$types';

/**
 * Each stop's accounts come from its event's data file, as on the timeline page: SvelteKit writes
 * what a load fetches into the prerendered page as JSON, which the browser reads as data, while a
 * server load's data goes into the page's start-up script, to be compiled before it can hydrate.
 */
export const load: PageLoad = async ({ data, fetch }) => {
	const events = [...new Set(data.tour.stops.map((stop) => stop.event))];
	const details = await Promise.all(
		events.map(async (id) => {
			const response = await fetch(resolve('/data/events/[id].json', { id }));
			if (!response.ok) throw new Error(`the tour's stop ${id}: HTTP ${response.status}`);
			return [id, (await response.json()) as EventDetail] as const;
		})
	);
	const detailOf = new Map(details);
	return { ...data, stops: data.tour.stops.map((stop) => ({ ...stop, detail: detailOf.get(stop.event)! })) };
};
