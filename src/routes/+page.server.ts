import { essayMeta } from '$lib/content/essay-meta';
import { content } from '$lib/server/content';
import { timelineEntries, timelineFrame } from '$lib/server/timeline-data';
import { openingLevels } from '$lib/state/timeline-layout.svelte';

export function load() {
	const frame = timelineFrame();
	// The events themselves are fetched by +page.ts; their opening layout is a few hundred numbers.
	return {
		...frame,
		opening: openingLevels(timelineEntries(), frame.limits),
		themes: content.themes,
		essays: content.essays.map(essayMeta)
	};
}
