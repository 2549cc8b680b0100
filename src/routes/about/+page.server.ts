import { content } from '$lib/server/content';

export function load() {
	const accounts = content.events.flatMap((event) => event.accounts);
	return {
		counts: {
			events: content.events.length,
			essays: content.essays.length,
			accounts: accounts.length,
			quotes: accounts.reduce((sum, account) => sum + account.quotes.length, 0),
			notes: accounts.filter((account) => account.note).length
		}
	};
}
