/** The same site built with BASE_PATH=/timeline and served under /timeline/, as on a school's server. */
import { content } from './content';
import { expect, test } from './fixtures';

test('every link and asset respects the sub-path, from the timeline to an essay and back', async ({
	page
}) => {
	const outside: string[] = [];
	page.on('request', (request) => {
		const { pathname, origin } = new URL(request.url());
		if (origin === 'http://localhost:4174' && !pathname.startsWith('/timeline'))
			outside.push(pathname);
	});
	await page.goto('/timeline/');
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await expect(page.locator('[data-timeline-surface] a.event').first()).toBeVisible();
	await page.getByRole('link', { name: 'Essays' }).click();
	await expect(page).toHaveURL('/timeline/essays');
	const essay = content.essays[0]!;
	await page.getByRole('link', { name: essay.title, exact: true }).click();
	await expect(page).toHaveURL(`/timeline/essays/${essay.id}`);
	const margin = page.getByRole('note').first().getByRole('link').first();
	await margin.click();
	await expect(page).toHaveURL(/\/timeline\/\?event=/);
	await expect(page.locator('section.panel').getByRole('heading', { level: 2 })).toBeVisible();
	await page.getByRole('link', { name: 'About' }).click();
	await expect(page.getByRole('link', { name: 'events.csv' })).toHaveAttribute(
		'href',
		'/timeline/data/events.csv'
	);
	expect((await page.request.get('/timeline/data/events.csv')).ok()).toBe(true);
	expect(outside).toEqual([]);
});
