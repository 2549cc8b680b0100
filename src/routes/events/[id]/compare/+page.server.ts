import { eventDetail } from '$lib/content/event-detail';
import { content, findEvent } from '$lib/server/content';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () =>
	content.events.filter((event) => event.accounts.length > 1).map(({ id }) => ({ id }));

export function load({ params }) {
	return eventDetail(content, findEvent(params.id));
}
