import { content, essayTitle } from './content';
import { expect, test } from './fixtures';

const event =
	content.events.find((candidate) => candidate.accounts.length > 1) ?? content.events[0];
if (!event) throw new Error('content has no events');
const account = event.accounts[0]!;

test('“Read in context” lands on the highlighted passage, and its margin note leads back', async ({
	page
}) => {
	await page.goto(`/events/${event.id}`);
	await page
		.getByRole('article', { name: `Account in “${essayTitle(account.essay)}”` })
		.getByRole('link', { name: /^Read in context/ })
		.first()
		.click();
	await expect(page).toHaveURL(`/essays/${account.essay}#${event.id}-1`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(essayTitle(account.essay));

	const target = page.locator(`[id="${event.id}-1"] + mark`);
	await expect(target).toBeInViewport();
	const highlight = await target.evaluate((element) => getComputedStyle(element).backgroundColor);
	const plain = await page.locator('mark').evaluateAll((marks, id) => {
		const other = marks.find((mark) => !mark.dataset.events?.split(' ').includes(id));
		return other ? getComputedStyle(other).backgroundColor : null;
	}, event.id);
	if (plain) expect(highlight).not.toBe(plain);

	const paragraph = page.locator('p', { has: target });
	const note = page.locator('.row', { has: paragraph }).getByRole('note');
	await note.getByRole('link', { name: event.title }).click();
	await expect(page).toHaveURL(new RegExp(`/\\?event=${event.id}`));
});

for (const essay of content.essays) {
	test(`the essay ${essay.id} shows its text with every quoted passage marked`, async ({
		page
	}) => {
		await page.goto(`/essays/${essay.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(essay.title);
		const first = essay.blocks.find((block) => block.kind === 'paragraph');
		if (first)
			await expect(page.locator('#p' + (essay.blocks.indexOf(first) + 1))).toHaveText(first.text);
		for (const linked of content.events) {
			const own = linked.accounts.find((candidate) => candidate.essay === essay.id);
			for (const [index, quote] of (own?.quotes ?? []).entries()) {
				const paragraph = page.locator(`#p${quote.block + 1}`);
				const marked = await paragraph
					.locator(`mark[data-events~="${linked.id}"]`)
					.allTextContents();
				expect(marked.join('')).toContain(quote.text);
				await expect(page.locator(`[id="${linked.id}-${index + 1}"]`)).toHaveCount(1);
			}
		}
	});
}
