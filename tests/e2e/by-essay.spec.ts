import { content } from './content';
import { expect, test } from './fixtures';

test('the by-essay layout draws a row per essay with every event it gives an account of', async ({
	timeline,
	page
}) => {
	await timeline.goto('?from=1850&to=2000');
	await page.getByRole('button', { name: 'By essay' }).click();
	await expect(page).toHaveURL(/view=essays/);
	const rows = page.locator('[data-row]');
	await expect(rows).toHaveCount(content.essays.length);
	for (const [index, essay] of content.essays.entries()) {
		const told = content.events.filter((event) =>
			event.accounts.some((account) => account.essay === essay.id)
		);
		const row = page.locator(`[data-row="${index}"]`);
		await expect(row).toHaveAttribute('aria-label', new RegExp(`: ${told.length} events$`));
		await expect(row.locator('[data-event-id]')).toHaveCount(told.length);
	}
	const myasnikov = content.essays.findIndex((essay) => essay.id === 'gavril-myasnikov');
	const mark = page.locator(`[data-row="${myasnikov}"] [data-event-id]`).first();
	const id = await mark.getAttribute('data-event-id');
	await mark.click();
	const title = content.events.find((event) => event.id === id)!.title;
	await expect(timeline.panel.getByRole('heading', { level: 2 })).toHaveText(title);
	await page.reload();
	await expect(page.locator('[data-row]')).toHaveCount(content.essays.length);
});
