import { expect, test } from './fixtures';

test.describe('search', () => {
	test('the slash key focuses the search box from anywhere', async ({ page }) => {
		await page.goto('/about');
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		await page.keyboard.press('/');
		await expect(page.getByRole('searchbox', { name: 'Search events and essays' })).toBeFocused();
	});

	test('finds events and passages, each leading to the event or the highlighted passage', async ({
		page
	}) => {
		await page.goto('/');
		await page.getByRole('searchbox', { name: 'Search events and essays' }).fill('Kronstadt');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/search\?q=Kronstadt/);
		const events = page.getByRole('region', { name: /^Events/ });
		await expect(
			events.getByRole('link', { name: 'Kronstadt rebellion', exact: true })
		).toBeVisible();
		const passages = page.getByRole('region', { name: /^Passages in the essays/ });
		const first = passages.getByRole('link').first();
		const href = (await first.getAttribute('href'))!;
		await first.click();
		const anchor = href.split('#')[1]!;
		await expect(page.locator(`#${anchor}`)).toBeInViewport();
		await expect(page.locator(`#${anchor}`)).toContainText(/Kronstadt/i);
		await page.goBack();
		await events.getByRole('link', { name: 'Kronstadt rebellion', exact: true }).click();
		await expect(page.locator('section.panel').getByRole('heading', { level: 2 })).toHaveText(
			'Kronstadt rebellion'
		);
	});

	test('says so when nothing matches', async ({ page }) => {
		await page.goto('/search?q=zeppelinxyz');
		await expect(page.getByText('No event matches.')).toBeVisible();
		await expect(page.getByText('No passage matches.')).toBeVisible();
	});
});
