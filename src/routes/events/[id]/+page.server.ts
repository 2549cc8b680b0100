import { essayMeta } from '$lib/content/essay-meta';
import { content, findEssay, findEvent } from '$lib/server/content';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => content.events.map(({ id }) => ({ id }));

export function load({ params }) {
	const event = findEvent(params.id);
	const label = (id: string, vocabulary: { id: string; label: string }[]) =>
		vocabulary.find((entry) => entry.id === id)?.label ?? id;
	return {
		event,
		accounts: event.accounts.map((account) => ({
			account,
			essay: essayMeta(findEssay(account.essay))
		})),
		themes: event.themes.map((id) => label(id, content.themes)),
		region: label(event.region, content.regions)
	};
}
