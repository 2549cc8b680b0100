import { formatSpan } from '../../src/lib/time/format-date';
import { content, essayTitle } from './content';
import { accountCard, expect, openEvent, test } from './fixtures';

for (const event of content.events) {
	test(`the page of ${event.id} shows every account with its quotes`, async ({ page }) => {
		await openEvent(page, event.id);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
		await expect(page.getByRole('article', { name: /^Account in/ })).toHaveCount(
			event.accounts.length
		);
		for (const account of event.accounts) {
			const card = accountCard(page, essayTitle(account.essay));
			await expect(card.locator('blockquote mark')).toHaveText(
				account.quotes.map((quote) => quote.text)
			);
			const contextLinks = card.getByRole('link', { name: /^Read in context/ });
			await expect(contextLinks).toHaveCount(account.quotes.length);
			if (account.note) await expect(card.getByRole('note')).toContainText(account.note);
		}
	});
}

test('an event in Russia before 1918 shows both calendars', async ({ page }) => {
	const event = content.events.find((candidate) => candidate.dateOs);
	if (!event?.dateOs) throw new Error('content has no Old Style event');
	await openEvent(page, event.id);
	const { date, dateOs } = event;
	await expect(page.locator('.when')).toContainText(
		`${formatSpan(date)} (${formatSpan(dateOs)} O.S.)`
	);
});
