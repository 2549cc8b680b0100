import { content } from './content';
import { expect, test } from './fixtures';

const tour = content.tours.find((candidate) => candidate.stops.length >= 3) ?? content.tours[0]!;
const titleOf = (id: string) => content.events.find((event) => event.id === id)!.title;

test.describe('tours', () => {
	test('the tours page lists every tour', async ({ page }) => {
		await page.goto('/tours');
		await expect(page.getByRole('heading', { level: 2 })).toHaveText(
			content.tours.map((t) => t.title)
		);
	});

	test('a tour plays to its end from the URL and the keyboard, and back walks back', async ({
		page
	}) => {
		await page.goto(`/tours/${tour.id}?stop=1`);
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		const stopTitle = page.locator('#stop-title');
		await expect(stopTitle).toHaveText(titleOf(tour.stops[0]!.event));
		for (let stop = 2; stop <= tour.stops.length; stop++) {
			await page.keyboard.press(stop % 2 ? 'ArrowRight' : 'PageDown');
			await expect(page.getByText(`Stop ${stop} of ${tour.stops.length}`)).toBeVisible();
			await expect(stopTitle).toHaveText(titleOf(tour.stops[stop - 1]!.event));
			await expect(page).toHaveURL(new RegExp(`stop=${stop}$`));
		}
		await expect(page.getByRole('button', { name: /^Next/ })).toBeDisabled();
		await page.goBack();
		await expect(stopTitle).toHaveText(titleOf(tour.stops.at(-2)!.event));
	});

	test('a stop shows its prompt and puts its chosen accounts forward', async ({ page }) => {
		const at = tour.stops.findIndex((stop) => stop.accounts && stop.prompt);
		test.skip(at < 0, 'this tour has no stop with both a prompt and chosen accounts');
		const stop = tour.stops[at]!;
		await page.goto(`/tours/${tour.id}?stop=${at + 1}`);
		await expect(page.getByRole('complementary', { name: 'For discussion' })).toContainText(
			stop.prompt!
		);
		const forward = page.locator('section.stop > .accounts').getByRole('article');
		await expect(forward).toHaveCount(stop.accounts!.length);
	});

	test('presentation mode hides the chrome and steps with a clicker’s keys; Escape leaves', async ({
		page
	}) => {
		await page.goto(`/tours/${tour.id}?stop=1`);
		await page.getByRole('button', { name: 'Present' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-presenting', 'true');
		await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
		await page.keyboard.press('PageDown');
		await expect(page.locator('#stop-title')).toHaveText(titleOf(tour.stops[1]!.event));
		await page.keyboard.press('PageUp');
		await expect(page.locator('#stop-title')).toHaveText(titleOf(tour.stops[0]!.event));
		await page.keyboard.press('Escape');
		await expect(page.locator('html')).not.toHaveAttribute('data-presenting', 'true');
		await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
	});
});

test('presentation mode on the timeline steps through the events in time order', async ({
	timeline,
	page
}) => {
	await timeline.showPeriod('1917-10', '1917-11');
	await page.getByRole('button', { name: 'Present' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-presenting', 'true');
	await page.keyboard.press('ArrowRight');
	const heading = timeline.panel.getByRole('heading', { level: 2 });
	await expect(heading).toBeVisible();
	const first = await heading.textContent();
	const index = content.events.findIndex((event) => event.title === first);
	await page.keyboard.press('ArrowRight');
	await expect(heading).toHaveText(content.events[index + 1]!.title);
	await page.keyboard.press('ArrowLeft');
	await expect(heading).toHaveText(first!);
	await page.keyboard.press('Escape');
	await expect(page.locator('html')).not.toHaveAttribute('data-presenting', 'true');
});
