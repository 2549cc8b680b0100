import { content } from './content';
import { expect, test } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('after one visit the site works offline: reload, another event, an essay, search', async ({
	page,
	context
}) => {
	test.setTimeout(180_000);
	await page.goto('/');
	// Wait until the service worker has stored the site and controls the page.
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((done) =>
				navigator.serviceWorker.addEventListener('controllerchange', done)
			);
		}
		return registration.active?.state;
	});
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
	await expect(page.locator('[data-timeline-surface] a.event').first()).toBeVisible();

	const event = content.events.find((candidate) => candidate.id === 'kronstadt-rebellion')!;
	await page.goto(`/?event=${event.id}`);
	await expect(page.locator('section.panel').getByRole('heading', { level: 2 })).toHaveText(
		event.title
	);
	await expect(page.locator('section.panel').getByRole('article').first()).toBeVisible();

	const essay = content.essays[0]!;
	await page.getByRole('link', { name: 'Essays' }).click();
	await page.getByRole('link', { name: essay.title, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(essay.title);

	await page.getByRole('searchbox', { name: 'Search events and essays' }).fill('Kronstadt');
	await page.keyboard.press('Enter');
	await expect(
		page
			.getByRole('region', { name: /^Events/ })
			.getByRole('link', { name: event.title, exact: true })
	).toBeVisible();
	await context.setOffline(false);
});
