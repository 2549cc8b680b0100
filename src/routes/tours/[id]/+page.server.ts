import { error } from '@sveltejs/kit';
import { eventDetail } from '$lib/content/event-detail';
import { content, findEvent } from '$lib/server/content';
import { timelineData } from '$lib/server/timeline-data';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => content.tours.map(({ id }) => ({ id }));

export function load({ params }) {
	const tour = content.tours.find((candidate) => candidate.id === params.id) ?? error(404, `No tour "${params.id}"`);
	return {
		tour,
		stops: tour.stops.map((stop) => ({ ...stop, detail: eventDetail(content, findEvent(stop.event)) })),
		...timelineData()
	};
}
