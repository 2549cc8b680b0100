import { expect, test } from './fixtures';

test.describe('the /bench page', () => {
	test('draws synthetic events from a file on this site', async ({ page }) => {
		await page.goto('/bench?data=/bench/sample-50.json');
		await expect(page.locator('[data-timeline-surface]')).toBeVisible();
		await expect(page.locator('[data-event-id]').first()).toBeVisible();
	});

	test('preloads the drawing code it then runs, so the two download side by side', async ({
		page
	}) => {
		const scripts: { url: string; status: number }[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script')
				scripts.push({ url: new URL(response.url()).pathname, status: response.status() });
		});
		await page.goto('/bench?data=/bench/sample-50.json');
		await expect(page.locator('[data-event-id]').first()).toBeVisible();
		const preloaded = await page.locator('link[rel="modulepreload"]').getAttribute('href');
		expect(preloaded).toBe('/bench-app/draw.js');
		expect(scripts.map(({ url }) => url).sort()).toEqual([
			'/bench-app/draw.js',
			'/bench-app/main.js'
		]);
		expect(scripts.every(({ status }) => status === 200)).toBe(true);
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
