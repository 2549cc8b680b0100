import { content } from './content';
import { expect, test } from './fixtures';

const total = content.events.length;

test.describe('filters and the list view', () => {
	test('a theme filter shows only that theme’s events and says how many', async ({
		timeline,
		page
	}) => {
		await timeline.goto();
		await timeline.openFilters();
		const theme = content.themes.find((entry) => entry.id === 'women')!;
		await page.getByRole('checkbox', { name: theme.label }).check();
		const expected = content.events.filter((event) => event.themes.includes('women')).length;
		await expect(page.getByText(`showing ${expected} of ${total} events`)).toBeVisible();
		await page.getByRole('button', { name: 'List view' }).click();
		await expect(
			page.getByRole('region', { name: 'Events as a list' }).getByRole('listitem')
		).toHaveCount(expected);
	});

	test('the region filter separates Russia from elsewhere', async ({ timeline, page }) => {
		await timeline.goto();
		await timeline.openFilters();
		await page.getByRole('radio', { name: 'Elsewhere' }).check();
		const elsewhere = content.events.filter((event) => event.region !== 'russia');
		await expect(page.getByText(`showing ${elsewhere.length} of ${total} events`)).toBeVisible();
		await page.getByRole('button', { name: 'List view' }).click();
		const list = page.getByRole('region', { name: 'Events as a list' });
		await expect(list.getByRole('link')).toHaveText(elsewhere.map((event) => event.title));
	});

	test('the essay filter shows the events an essay gives an account of', async ({
		timeline,
		page
	}) => {
		await timeline.goto();
		await timeline.openFilters();
		await page.getByRole('combobox').selectOption('gavril-myasnikov');
		const expected = content.events.filter((event) =>
			event.accounts.some((account) => account.essay === 'gavril-myasnikov')
		);
		await expect(page.getByText(`showing ${expected.length} of ${total} events`)).toBeVisible();
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect(page.getByText(`showing ${total} of ${total} events`)).toBeVisible();
	});

	test('the filters are drawn when opened by keyboard, and open already for a filtered link', async ({
		timeline,
		page
	}) => {
		await timeline.goto();
		const filters = page.locator('details.filters');
		// Not merely hidden in the closed box: not there at all until wanted.
		await expect(filters.locator('select, input')).toHaveCount(0);
		await filters.locator('summary').focus();
		await page.keyboard.press('Enter');
		await expect(filters.getByRole('combobox')).toBeVisible();

		await timeline.goto('?essay=gavril-myasnikov');
		await expect(filters).toHaveAttribute('open', '');
		await expect(filters.getByRole('combobox')).toHaveValue('gavril-myasnikov');
		const expected = content.events.filter((event) =>
			event.accounts.some((account) => account.essay === 'gavril-myasnikov')
		);
		await expect(page.getByText(`showing ${expected.length} of ${total} events`)).toBeVisible();
	});

	test('the list view groups the events by year and opens one in the panel', async ({
		timeline,
		page
	}) => {
		await timeline.goto();
		await page.getByRole('button', { name: 'List view' }).click();
		const list = page.getByRole('region', { name: 'Events as a list' });
		await expect(list.getByRole('listitem')).toHaveCount(total);
		const years = [...new Set(content.events.map((event) => event.date.start.year))];
		await expect(list.getByRole('heading', { level: 2 })).toHaveText(years.map(String));
		const first = content.events[0]!;
		await list.getByRole('link', { name: first.title, exact: true }).click();
		await expect(page.locator('section.panel').getByRole('heading', { level: 2 })).toHaveText(
			first.title
		);
	});
});
