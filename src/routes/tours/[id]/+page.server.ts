import { error } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import { timelineData } from '$lib/server/timeline-data';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => content.tours.map(({ id }) => ({ id }));

export function load({ params }) {
	const tour = content.tours.find((candidate) => candidate.id === params.id) ?? error(404, `No tour "${params.id}"`);
	const { entries, ...timeline } = timelineData();
	const stopEvents = new Set(tour.stops.map((stop) => stop.event));
	return {
		tour,
		// The tour's timeline holds its own stops only: every marker on it is a stop to go to, and
		// a tour page does not carry every event's data (a 17 MB page at a hundred times the content).
		entries: entries.filter((entry) => stopEvents.has(entry.id)),
		...timeline
	};
}
