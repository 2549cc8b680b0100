import { essayMeta } from '$lib/content/essay-meta';
import { timelineEntry } from '$lib/content/timeline-entry';
import { content } from '$lib/server/content';
import { utcMs } from '$lib/time/utc';

const russia = content.regions.find((region) => region.id === 'russia');

export function load() {
	return {
		entries: content.events.map(timelineEntry),
		eras: content.eras.map(({ id, label, description, date }) => ({
			id,
			label,
			description,
			startMs: date.startMs,
			endMs: date.endMs
		})),
		themes: content.themes,
		essays: content.essays.map(essayMeta),
		limits: {
			extent: { startMs: utcMs(1850, 1, 1), endMs: utcMs(2001, 1, 1) },
			initial: { startMs: utcMs(1905, 1, 1), endMs: utcMs(1947, 1, 1) },
			minDays: 3
		},
		oldStyleUntilMs: russia?.oldStyleUntil ? Date.parse(`${russia.oldStyleUntil}T00:00:00Z`) : 0
	};
}
