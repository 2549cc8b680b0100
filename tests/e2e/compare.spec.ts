import { content, essayTitle } from './content';
import { accountCard, expect, test } from './fixtures';

const kronstadt = content.events.find((event) => event.id === 'kronstadt-rebellion')!;

test.describe('comparing accounts', () => {
	test('from the panel: every account in columns, our notes collected underneath, a choice kept in the URL', async ({
		timeline,
		page
	}) => {
		await timeline.goto(`?event=${kronstadt.id}`);
		await timeline.panel.getByRole('link', { name: 'Compare the accounts side by side' }).click();
		await expect(page).toHaveURL(`/events/${kronstadt.id}/compare`);
		const cards = page.getByRole('article', { name: /^Account in/ });
		await expect(cards).toHaveCount(kronstadt.accounts.length);
		const noted = kronstadt.accounts.filter((account) => account.note);
		const differences = page.getByRole('region', { name: 'Where these accounts differ' });
		await expect(differences.getByRole('listitem')).toHaveCount(noted.length);

		const [first, second, third] = kronstadt.accounts;
		await page.getByRole('checkbox', { name: essayTitle(third!.essay) }).uncheck();
		await expect(cards).toHaveCount(kronstadt.accounts.length - 1);
		await expect(page).toHaveURL(new RegExp(`essays=${first!.essay},${second!.essay}`));
	});

	test('by URL: only the chosen accounts, side by side on a wide screen', async ({ page }) => {
		const [first, , third] = kronstadt.accounts;
		await page.goto(`/events/${kronstadt.id}/compare?essays=${first!.essay},${third!.essay}`);
		await expect(page.getByRole('article', { name: /^Account in/ })).toHaveCount(2);
		const a = (await accountCard(page, essayTitle(first!.essay)).boundingBox())!;
		const b = (await accountCard(page, essayTitle(third!.essay)).boundingBox())!;
		expect(Math.abs(a.y - b.y)).toBeLessThan(2);
		expect(b.x).toBeGreaterThan(a.x + a.width - 1);
	});

	test('stacks the columns on a phone', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(`/events/${kronstadt.id}/compare`);
		const [first, second] = kronstadt.accounts;
		const a = (await accountCard(page, essayTitle(first!.essay)).boundingBox())!;
		const b = (await accountCard(page, essayTitle(second!.essay)).boundingBox())!;
		expect(b.y).toBeGreaterThan(a.y + a.height - 1);
	});
});

test('the “contested only” filter shows the events whose accounts disagree', async ({
	timeline,
	page
}) => {
	await timeline.goto();
	await timeline.openFilters();
	await page.getByRole('checkbox', { name: 'Only events whose accounts disagree' }).check();
	const contested = content.events.filter((event) =>
		event.accounts.some((account) => account.note)
	);
	await expect(
		page.getByText(`showing ${contested.length} of ${content.events.length} events`)
	).toBeVisible();
	for (const link of await timeline.events().all()) {
		await expect(link).toHaveAttribute('aria-label', /the accounts disagree$/);
	}
});
