import { essayMeta } from '$lib/content/essay-meta';
import { packEntries } from '$lib/content/timeline-entry';
import { content } from '$lib/server/content';
import { timelineData } from '$lib/server/timeline-data';

export function load() {
	const { entries, ...timeline } = timelineData();
	return {
		...timeline,
		entries: packEntries(entries),
		themes: content.themes,
		essays: content.essays.map(essayMeta)
	};
}
