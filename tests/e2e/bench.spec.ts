import { expect, test } from './fixtures';

test.describe('the /bench page', () => {
	test('draws synthetic events from a file on this site', async ({ page }) => {
		await page.goto('/bench?data=/bench/sample-50.json');
		await expect(page.locator('[data-timeline-surface]')).toBeVisible();
		await expect(page.locator('[data-event-id]').first()).toBeVisible();
	});

	test('refuses data from another origin, visibly, without fetching it', async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.goto('/bench?data=https://example.org/events.json');
		await expect(page.getByRole('alert')).toContainText('Refused');
		expect(requests.filter((url) => new URL(url).hostname === 'example.org')).toEqual([]);
	});

	test('says what it needs when given nothing', async ({ page }) => {
		await page.goto('/bench');
		await expect(page.getByRole('alert')).toContainText('?data=');
	});
});
