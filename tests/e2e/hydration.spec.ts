/**
 * Runs against `vite dev`, where Svelte reports hydration mismatches as console warnings (the
 * production build repairs them silently); the page fixture fails on any warning.
 */
import { content } from './content';
import { expect, test } from './fixtures';

const routes = [
	'/',
	'/?event=kronstadt-rebellion&from=1920-09&to=1921-06',
	`/events/${content.events[0]!.id}`,
	`/essays/${content.essays[0]!.id}`,
	'/essays'
];

for (const route of routes) {
	test(`${route} hydrates without mismatch warnings`, async ({ page }) => {
		await page.goto(route);
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, {
			timeout: 60_000
		});
		await expect(page.getByRole('main')).toBeVisible();
		await page.waitForTimeout(500);
	});
}
