import { essayMeta } from '$lib/content/essay-meta';
import { content } from '$lib/server/content';

export function load() {
	const linked = (id: string) =>
		content.events.filter((event) => event.accounts.some((account) => account.essay === id)).length;
	return {
		essays: content.essays.map((essay) => ({ ...essayMeta(essay), events: linked(essay.id) }))
	};
}
