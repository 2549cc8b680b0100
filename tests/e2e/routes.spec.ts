import AxeBuilder from '@axe-core/playwright';
import { content } from './content';
import { expect, test } from './fixtures';

// Every event page and essay page is visited by its own spec; these are the rest.
const routes = ['/', '/essays', '/about', '/search', '/tours'];

for (const route of routes) {
	test(`${route} loads with no console errors`, async ({ page }) => {
		const response = await page.goto(route);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('main')).toBeVisible();
	});
}

const audited = [
	'/',
	'/?event=kronstadt-rebellion',
	`/events/${content.events[0]?.id}`,
	`/essays/${content.essays[0]?.id}`,
	'/essays',
	'/about',
	'/search?q=Kronstadt',
	'/tours',
	`/tours/${content.tours[0]?.id}?stop=2`,
	'/events/kronstadt-rebellion/compare',
	'/?view=essays',
	'/?view=list'
];
for (const route of audited) {
	test(`axe finds no accessibility violations on ${route}`, async ({ page }) => {
		await page.goto(route);
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		await page.waitForTimeout(300);
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
	});
}

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('main')).toBeFocused();
});
