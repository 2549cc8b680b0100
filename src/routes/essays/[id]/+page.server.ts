import { passageLinks } from '$lib/content/essay-passages';
import { content, findEssay } from '$lib/server/content';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => content.essays.map(({ id }) => ({ id }));

export function load({ params }) {
	const essay = findEssay(params.id);
	return { essay, links: passageLinks(essay.id, content.events) };
}
