import { content, essayTitle } from './content';
import { accountCard, expect, test } from './fixtures';

const kronstadt = content.events.find((event) => event.id === 'kronstadt-rebellion')!;

test.describe('the event panel', () => {
	test('clicking an event shows every account with its quotes', async ({ timeline }) => {
		await timeline.showPeriod('1921-02', '1921-04');
		await timeline.event(kronstadt.id).click();
		await expect(timeline.panel.getByRole('heading', { level: 2 })).toHaveText(kronstadt.title);
		await expect(timeline.panel.getByRole('article', { name: /^Account in/ })).toHaveCount(
			kronstadt.accounts.length
		);
		for (const account of kronstadt.accounts) {
			const card = accountCard(timeline.panel, essayTitle(account.essay));
			await expect(card.locator('blockquote mark')).toHaveText(account.quotes.map((q) => q.text));
			if (account.datedAs)
				await expect(card).toContainText(`The essay dates it: “${account.datedAs}”`);
			if (account.note) await expect(card.getByRole('note')).toContainText(account.note);
		}
		await expect(timeline.page).toHaveURL(/event=kronstadt-rebellion/);
	});

	test('Enter opens the focused event, and Escape closes the panel and returns focus', async ({
		timeline,
		page
	}) => {
		await timeline.showPeriod('1921-02', '1921-04');
		await timeline.event(kronstadt.id).focus();
		await page.keyboard.press('Enter');
		await expect(timeline.panel.getByRole('heading', { level: 2 })).toHaveText(kronstadt.title);
		await page.keyboard.press('Escape');
		await expect(timeline.panel).toHaveCount(0);
		await expect(timeline.event(kronstadt.id)).toBeFocused();
	});

	test('previous and next step through events in time order and move the timeline', async ({
		timeline
	}) => {
		const index = content.events.findIndex((event) => event.id === kronstadt.id);
		await timeline.goto(`?event=${kronstadt.id}`);
		await timeline.panel.getByRole('button', { name: /^Next/ }).click();
		const next = content.events[index + 1]!;
		await expect(timeline.panel.getByRole('heading', { level: 2 })).toHaveText(next.title);
		await timeline.settle();
		const { start, end } = await timeline.range();
		expect(next.date.startMs).toBeGreaterThanOrEqual(start);
		expect(next.date.startMs).toBeLessThanOrEqual(end);
		await timeline.panel.getByRole('button', { name: /^Previous/ }).click();
		await expect(timeline.panel.getByRole('heading', { level: 2 })).toHaveText(kronstadt.title);
	});

	test('“Read in context” lands on the highlighted passage, whose margin note leads back', async ({
		timeline,
		page
	}) => {
		const account = kronstadt.accounts[0]!;
		await timeline.goto(`?event=${kronstadt.id}`);
		await accountCard(timeline.panel, essayTitle(account.essay))
			.getByRole('link', { name: /^Read in context/ })
			.first()
			.click();
		await expect(page).toHaveURL(`/essays/${account.essay}#${kronstadt.id}-1`);
		const target = page.locator(`[id="${kronstadt.id}-1"] + mark`);
		await expect(target).toBeInViewport();
		const highlighted = await target.evaluate((mark) => getComputedStyle(mark).outlineStyle);
		expect(highlighted).toBe('solid');
		const row = page.locator('.row', { has: target });
		await row.getByRole('note').getByRole('link', { name: kronstadt.title }).click();
		await expect(page).toHaveURL(new RegExp(`/\\?event=${kronstadt.id}`));
		await expect(page.locator('section.panel').getByRole('heading', { level: 2 })).toHaveText(
			kronstadt.title
		);
	});
});

test.describe('the timeline state in the URL', () => {
	test('a copied link restores the selected event and the window', async ({ timeline }) => {
		await timeline.goto('?event=kronstadt-rebellion&from=1920-09&to=1921-06');
		await expect(timeline.panel.getByRole('heading', { level: 2 })).toHaveText(kronstadt.title);
		const { start, end } = await timeline.range();
		expect(new Date(start).toISOString().slice(0, 10)).toBe('1920-09-01');
		expect(new Date(end).toISOString().slice(0, 10)).toBe('1921-07-01');
	});

	test('nonsense parameters give the default view', async ({ timeline }) => {
		await timeline.goto('?event=%3Cscript%3E&from=banana&to=1917-13-45&calendar=x');
		await expect(timeline.panel).toHaveCount(0);
		const { start } = await timeline.range();
		expect(new Date(start).getUTCFullYear()).toBe(1905);
	});

	test('back and forward walk through selections', async ({ timeline, page }) => {
		await timeline.showPeriod('1921-02', '1921-04');
		const shown = await timeline
			.events()
			.evaluateAll((links) => links.map((link) => link.getAttribute('data-event-id')));
		const a = kronstadt;
		const b = content.events.find((event) => event.id !== a.id && shown.includes(event.id))!;
		await timeline.event(a.id).click();
		await expect(timeline.panel.getByRole('heading', { level: 2 })).toHaveText(a.title);
		await timeline.panel.getByRole('button', { name: 'Close' }).click();
		await timeline.event(b.id).click();
		await expect(timeline.panel.getByRole('heading', { level: 2 })).toHaveText(b.title);
		await page.goBack();
		await expect(timeline.panel).toHaveCount(0);
		await page.goBack();
		await expect(timeline.panel.getByRole('heading', { level: 2 })).toHaveText(a.title);
		await page.goForward();
		await page.goForward();
		await expect(timeline.panel.getByRole('heading', { level: 2 })).toHaveText(b.title);
	});
});
