import { content, essayTitle } from './content';
import { accountCard, expect, openEvent, test } from './fixtures';

const kronstadt = content.events.find((event) => event.id === 'kronstadt-rebellion')!;

test.describe('printed handouts', () => {
	test('an event page prints every account and quote, the address, and no interface', async ({
		page
	}) => {
		await openEvent(page, kronstadt.id);
		await page.emulateMedia({ media: 'print' });
		for (const account of kronstadt.accounts) {
			const quotes = accountCard(page, essayTitle(account.essay)).locator('blockquote mark');
			await expect(quotes).toHaveCount(account.quotes.length);
			for (const quote of await quotes.all()) await expect(quote).toBeVisible();
		}
		await expect(page.getByRole('button', { name: 'Print handout' })).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
		await expect(page.getByRole('searchbox')).toBeHidden();
		await expect(page.locator('.print-address')).toBeVisible();
		await expect(page.locator('.print-address')).toContainText(`/events/${kronstadt.id}`);

		await page.emulateMedia({ media: 'screen' });
		await expect(page.locator('.print-address')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Print handout' })).toBeVisible();
	});

	test('“Cite this” gives a citation with the page’s address', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openEvent(page, kronstadt.id);
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		await page.getByText('Cite this').click();
		const citation = page.locator('.citation');
		await expect(citation).toContainText(`“${kronstadt.title}”`);
		await expect(citation).toContainText(`/events/${kronstadt.id}`);
		await page.getByRole('button', { name: 'Copy citation' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			await citation.textContent()
		);
	});

	test('a compare view prints the chosen accounts and the notes, without the chooser', async ({
		page
	}) => {
		await page.goto(`/events/${kronstadt.id}/compare`);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('group', { name: 'Accounts to compare' })).toBeHidden();
		await expect(page.getByRole('article', { name: /^Account in/ })).toHaveCount(
			kronstadt.accounts.length
		);
		await expect(
			page.getByRole('region', { name: 'Where these accounts differ' }).getByRole('listitem')
		).toHaveCount(kronstadt.accounts.filter((account) => account.note).length);
	});

	test('a tour prints every stop with every account, not only the one on screen', async ({
		page
	}) => {
		const tour = content.tours.find((candidate) => candidate.id === 'kronstadt-four-accounts')!;
		await page.goto(`/tours/${tour.id}?stop=5`);
		await page.emulateMedia({ media: 'print' });
		const printed = page.locator('ol.print-only > li');
		await expect(printed).toHaveCount(tour.stops.length);
		for (const [index, stop] of tour.stops.entries()) {
			const event = content.events.find((candidate) => candidate.id === stop.event)!;
			const item = printed.nth(index);
			await expect(item.getByRole('heading', { level: 2 })).toHaveText(event.title);
			const accounts = item.getByRole('article', { name: /^Account in/ });
			await expect(accounts).toHaveCount(event.accounts.length);
			for (const account of await accounts.all()) await expect(account).toBeVisible();
		}
		await expect(page.locator('.on-screen')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Present' })).toBeHidden();
	});

	test('a tour opened while printing (printed as it loads) still prints every stop', async ({
		page
	}) => {
		const tour = content.tours.find((candidate) => candidate.id === 'kronstadt-four-accounts')!;
		await page.emulateMedia({ media: 'print' });
		await page.goto(`/tours/${tour.id}`);
		await expect(page.locator('ol.print-only > li')).toHaveCount(tour.stops.length);
		await expect(page.locator('.on-screen')).toBeHidden();
	});
});
