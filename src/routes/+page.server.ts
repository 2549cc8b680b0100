import { essayMeta } from '$lib/content/essay-meta';
import { content } from '$lib/server/content';
import { timelineFrame } from '$lib/server/timeline-data';

export function load() {
	// The events themselves are fetched by +page.ts.
	return {
		...timelineFrame(),
		themes: content.themes,
		essays: content.essays.map(essayMeta)
	};
}
