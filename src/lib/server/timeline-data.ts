/** What every page that draws the timeline needs: the events in light form, and what frames them. */
import { timelineEntry } from '$lib/content/timeline-entry';
import { utcMs } from '$lib/time/utc';
import { content } from './content';

const russia = content.regions.find((region) => region.id === 'russia');

/** Every event, in the light form the timeline draws. */
export function timelineEntries() {
	return content.events.map(timelineEntry);
}

/** What frames the timeline: eras, the limits of the view, when the Old Style ends. */
export function timelineFrame() {
	return {
		eras: content.eras.map(({ id, label, description, date }) => ({
			id,
			label,
			description,
			startMs: date.startMs,
			endMs: date.endMs
		})),
		limits: {
			extent: { startMs: utcMs(1850, 1, 1), endMs: utcMs(2001, 1, 1) },
			initial: { startMs: utcMs(1905, 1, 1), endMs: utcMs(1947, 1, 1) },
			minDays: 3
		},
		oldStyleUntilMs: russia?.oldStyleUntil ? Date.parse(`${russia.oldStyleUntil}T00:00:00Z`) : 0
	};
}

export function timelineData() {
	return { entries: timelineEntries(), ...timelineFrame() };
}
