import { content } from '$lib/server/content';

export function load() {
	return {
		events: content.events.map(({ id, title, date, dateOs, place, region, accounts }) => ({
			id,
			title,
			date,
			dateOs,
			place,
			region,
			essays: accounts.length
		})),
		essayCount: content.essays.length
	};
}
