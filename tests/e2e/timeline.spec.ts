import { content } from './content';
import { expect, overlapping, test } from './fixtures';

const YEAR = 365.25 * 86_400_000;

test.describe('the timeline', () => {
	test('opens on 1905–1946 with events drawn before any interaction', async ({ timeline }) => {
		await timeline.goto();
		const { start, end } = await timeline.range();
		expect(new Date(start).getUTCFullYear()).toBe(1905);
		expect(new Date(end).getUTCFullYear()).toBe(1947);
		expect(await timeline.events().count()).toBeGreaterThan(10);
		expect(await timeline.tickUnit()).toBe('year');
	});

	test('the wheel zooms about the pointer and the ticks go from years to months to days', async ({
		timeline
	}) => {
		await timeline.goto();
		const before = await timeline.range();
		await timeline.wheel(-400, 6);
		const zoomed = await timeline.range();
		expect(zoomed.end - zoomed.start).toBeLessThan((before.end - before.start) / 3);
		const centreBefore = (before.start + before.end) / 2;
		expect(Math.abs((zoomed.start + zoomed.end) / 2 - centreBefore)).toBeLessThan(YEAR);
		const units = new Set([await timeline.tickUnit()]);
		for (let i = 0; i < 8 && !units.has('day'); i++) {
			await timeline.wheel(-400, 4);
			units.add(await timeline.tickUnit());
		}
		expect([...units]).toEqual(expect.arrayContaining(['month', 'day']));
		await timeline.wheel(400, 30);
		expect(await timeline.tickUnit()).toBe('year');
	});

	test('dragging pans the window and a sideways wheel pans it too', async ({ timeline }) => {
		await timeline.showPeriod('1917-01', '1918-01');
		const before = await timeline.range();
		await timeline.drag(-300);
		const dragged = await timeline.range();
		expect(dragged.start).toBeGreaterThan(before.start);
		expect(dragged.end - dragged.start).toBeCloseTo(before.end - before.start, -5);
		await timeline.wheel(0, 1, -200);
		expect((await timeline.range()).start).toBeLessThan(dragged.start);
	});

	test('the zoom buttons, the period jumps and reset change the window', async ({
		timeline,
		page
	}) => {
		await timeline.goto();
		const initial = await timeline.range();
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await timeline.settle();
		const zoomedIn = await timeline.range();
		expect(zoomedIn.end - zoomedIn.start).toBeCloseTo((initial.end - initial.start) / 2, -7);
		await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
		await timeline.settle();
		await page.getByRole('button', { name: '1917', exact: true }).click();
		await timeline.settle();
		const period = await timeline.range();
		expect(new Date(period.start).toISOString().slice(0, 10)).toBe('1917-01-01');
		expect(await timeline.tickUnit()).not.toBe('year');
		await page.getByRole('button', { name: 'Reset view' }).click();
		await timeline.settle();
		expect(await timeline.range()).toEqual(initial);
	});

	test('the keyboard zooms with + and -, resets with 0, and walks the events in time order', async ({
		timeline,
		page
	}) => {
		await timeline.showPeriod('1917-03-01', '1917-04-30');
		const first = timeline.events().first();
		await first.focus();
		const initial = await timeline.range();
		await page.keyboard.press('+');
		await timeline.settle();
		const zoomed = await timeline.range();
		expect(zoomed.end - zoomed.start).toBeLessThan(initial.end - initial.start);
		await page.keyboard.press('-');
		await page.keyboard.press('-');
		await timeline.settle();
		expect((await timeline.range()).end - (await timeline.range()).start).toBeGreaterThan(
			zoomed.end - zoomed.start
		);

		const startId = await page.evaluate(() =>
			document.activeElement?.getAttribute('data-event-id')
		);
		const order = content.events.map((event) => event.id);
		const index = order.indexOf(startId!);
		for (let step = 1; step <= 4; step++) {
			await page.keyboard.press('ArrowRight');
			await expect(page.locator(':focus')).toHaveAttribute('data-event-id', order[index + step]!);
		}
		await page.keyboard.press('ArrowLeft');
		await expect(page.locator(':focus')).toHaveAttribute('data-event-id', order[index + 3]!);
		await page.keyboard.press('0');
		await timeline.settle();
		const reset = await timeline.range();
		expect(new Date(reset.start).getUTCFullYear()).toBe(1905);
	});

	test('the timeline is a single tab stop', async ({ timeline, page }) => {
		await timeline.goto();
		await page.locator('summary', { hasText: 'Filters' }).focus();
		await page.keyboard.press('Tab');
		await expect(page.locator(':focus')).toHaveAttribute('data-event-id', /.+/);
		await page.keyboard.press('Tab');
		await expect(page.locator(':focus')).toHaveRole('slider');
	});

	test('each marker names its event with its dates in both calendars', async ({ timeline }) => {
		await timeline.showPeriod('1917-10-20', '1917-11-20');
		const october = content.events.find((event) => event.id === 'october-insurrection')!;
		const disagree = october.accounts.some((account) => account.note)
			? '; the accounts disagree'
			: '';
		await expect(timeline.event(october.id)).toHaveAttribute(
			'aria-label',
			`October insurrection in Petrograd, 7 November 1917 (25 October 1917 Old Style)${disagree}`
		);
	});

	const windows: [string, string][] = [
		['1850', '2000'],
		['1905', '1946'],
		['1917', '1917'],
		['1917-06', '1917-08'],
		['1917-11-01', '1917-11-14']
	];
	for (const [from, to] of windows) {
		test(`no two labels overlap from ${from} to ${to}`, async ({ timeline }) => {
			await timeline.showPeriod(from, to);
			const boxes = await timeline.drawnBoxes();
			expect(boxes.length).toBeGreaterThan(0);
			const pairs = overlapping(boxes).map(
				([a, b]) => `${a.name} ${JSON.stringify(a)} × ${b.name} ${JSON.stringify(b)}`
			);
			expect(pairs).toEqual([]);
		});
	}

	test('the Old Style toggle relabels the axis and the dates, and is kept in the URL', async ({
		timeline,
		page
	}) => {
		await timeline.showPeriod('1917-10-30', '1917-11-14');
		await expect(timeline.surface.getByText('7 Nov', { exact: true })).toBeVisible();
		await page.getByRole('button', { name: 'Old Style dates' }).click();
		await expect(timeline.surface.getByText('25 Oct', { exact: true })).toBeVisible();
		await expect(timeline.event('october-insurrection')).toHaveAttribute(
			'aria-label',
			/25 October 1917 Old Style \(7 November 1917 New Style\)/
		);
		await expect(page).toHaveURL(/calendar=old/);
	});

	test('the overview strip moves the window with the keyboard', async ({ timeline, page }) => {
		await timeline.goto();
		const before = await timeline.range();
		await page.getByRole('slider', { name: 'Visible period' }).focus();
		await page.keyboard.press('ArrowRight');
		const after = await timeline.range();
		expect(after.start).toBeGreaterThan(before.start);
	});
});
