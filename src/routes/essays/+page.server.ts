import { essayMeta } from '$lib/content/essay-meta';
import { content } from '$lib/server/content';

export function load() {
	return {
		essays: content.essays.map((essay) => ({
			...essayMeta(essay),
			words: essay.blocks
				.filter((block) => block.section === 'body')
				.reduce((sum, block) => sum + (block.text.match(/\S+/g)?.length ?? 0), 0),
			events: content.events.filter((event) =>
				event.accounts.some((account) => account.essay === essay.id)
			).length
		}))
	};
}
