import { essayMeta } from '$lib/content/essay-meta';
import { content } from '$lib/server/content';
import { timelineData } from '$lib/server/timeline-data';

export function load() {
	return {
		...timelineData(),
		themes: content.themes,
		essays: content.essays.map(essayMeta)
	};
}
