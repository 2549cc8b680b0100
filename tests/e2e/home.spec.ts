import { content } from './content';
import { expect, test } from './fixtures';

test('the home page lists every event in time order', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Events of the Russian Revolution'
	);
	const links = page.getByRole('list').last().getByRole('link');
	await expect(links).toHaveText(content.events.map((event) => event.title));
});

test('each listed event leads to its page', async ({ page }) => {
	const [first] = content.events;
	if (!first) throw new Error('content has no events');
	await page.goto('/');
	await page.getByRole('link', { name: first.title, exact: true }).click();
	await expect(page).toHaveURL(`/events/${first.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
});
