/**
 * 500 odd addresses (seeded: set STRANGE_URLS_SEED to explore others, and a failure names its
 * index to replay): each must give a sensible page, the page asked for or the not-found page
 * with a way back, and never an uncaught error, a dialog or a console error.
 */
import { content } from './content';
import { expect, test } from './fixtures';
import { strangeUrls } from './strange-urls';

const SEED = Number(process.env.STRANGE_URLS_SEED ?? 1921);
const COUNT = 500;
const BATCH = 25;
const urls = strangeUrls(COUNT, SEED, {
	events: content.events.map((event) => event.id),
	compared: content.events.filter((event) => event.accounts.length > 1).map((event) => event.id),
	essays: content.essays.map((essay) => essay.id),
	tours: content.tours.map((tour) => tour.id)
});

for (let start = 0; start < COUNT; start += BATCH) {
	test(`strange addresses ${start}–${start + BATCH - 1} (seed ${SEED}) give sensible pages`, async ({
		page
	}) => {
		test.setTimeout(180_000);
		let current = '';
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(`${current}: ${error.message}`));
		for (const [offset, { url, exists }] of urls.slice(start, start + BATCH).entries()) {
			current = `#${start + offset} ${url.slice(0, 200)}`;
			const response = await page.goto(url);
			const status = response?.status();
			if (exists) expect(status, current).toBe(200);
			expect([200, 404], current).toContain(status);
			await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
			await expect(page.getByRole('main'), current).toBeVisible();
			const heading = page.getByRole('heading', { level: 1 });
			await expect(heading, current).toHaveCount(1);
			const title = await heading.textContent();
			// A host answers 404 for /essays/ too, where the page's own router still finds Essays.
			if (status === 404 && title !== 'Page not found') {
				expect(new URL(url, 'http://host').pathname, current).toMatch(/\/$/);
			}
			if (title === 'Page not found') {
				const back = page.getByRole('link', { name: 'Back to the timeline' });
				await expect(back, current).toBeVisible();
			}
			expect(errors, current).toEqual([]);
		}
	});
}
