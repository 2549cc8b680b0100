import type { CDPSession } from '@playwright/test';
import { content } from './content';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

/** Sends a touch gesture through the DevTools protocol: each step lists the fingers' points. */
async function touch(client: CDPSession, steps: { x: number; y: number }[][]) {
	const [first, ...rest] = steps;
	await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: first! });
	for (const points of rest) {
		await client.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points });
	}
	await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test.describe('on a 360 px phone', () => {
	test('a drag pans, a pinch zooms, a tap opens the event in a bottom sheet', async ({
		timeline,
		page
	}) => {
		await timeline.showPeriod('1917-01', '1917-12');
		const client = await page.context().newCDPSession(page);
		await timeline.surface.scrollIntoViewIfNeeded();
		const box = (await timeline.surface.boundingBox())!;
		const y = box.y + box.height - 50;
		const before = await timeline.range();
		await touch(
			client,
			[0, 1, 2, 3, 4, 5].map((i) => [{ x: 250 - i * 30, y }])
		);
		await timeline.settle();
		const panned = await timeline.range();
		expect(panned.start).toBeGreaterThan(before.start);

		const cx = box.x + box.width / 2;
		await touch(
			client,
			[0, 1, 2, 3, 4, 5].map((i) => [
				{ x: cx - 20 - i * 15, y },
				{ x: cx + 20 + i * 15, y }
			])
		);
		await timeline.settle();
		const pinched = await timeline.range();
		expect(pinched.end - pinched.start).toBeLessThan((panned.end - panned.start) * 0.8);

		const onScreen = await timeline.events().evaluateAll((links) =>
			links.findIndex((link) => {
				const box = link.getBoundingClientRect();
				return (
					box.left >= 0 && box.right <= innerWidth && box.top >= 0 && box.bottom <= innerHeight
				);
			})
		);
		const event = timeline.events().nth(onScreen);
		const id = await event.getAttribute('data-event-id');
		const title = content.events.find((candidate) => candidate.id === id)!.title;
		await event.tap();
		const sheet = timeline.panel;
		await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(title);
		const sheetBox = (await sheet.boundingBox())!;
		expect(sheetBox.y + sheetBox.height).toBeCloseTo(740, -1);
		expect(sheetBox.width).toBeCloseTo(360, -1);
	});

	test('nothing is wider than the screen', async ({ timeline, page }) => {
		await timeline.goto();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(overflow).toBeLessThanOrEqual(360);
	});
});

test.describe('on a phone wider than the one pages are prerendered for', () => {
	test.use({ viewport: { width: 412, height: 823 } });

	test('the timeline does not move as the page wakes up, nor rewrite its address', async ({
		timeline,
		page
	}) => {
		await timeline.goto();
		// The page measures itself and keeps its URL in step after 400 ms: wait past both.
		await page.waitForTimeout(1000);
		const shift = await page.evaluate(
			() =>
				new Promise<number>((done) => {
					new PerformanceObserver((list) => {
						const entries = list.getEntries() as unknown as { value: number }[];
						done(entries.reduce((sum, entry) => sum + entry.value, 0));
					}).observe({ type: 'layout-shift', buffered: true });
					// With no shift at all the observer is never called.
					setTimeout(() => done(0), 500);
				})
		);
		expect(shift).toBe(0);
		expect(new URL(page.url()).search).toBe('');
	});
});
