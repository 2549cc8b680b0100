/**
 * Page helpers for the e2e specs, and a `page` that fails the test on any console error, page
 * error or failed request, so every spec also checks that its routes run cleanly.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ page: Page }>({
	page: async ({ page }, use) => {
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error' || message.type() === 'warning') {
				errors.push(`console ${message.type()}: ${message.text()}`);
			}
		});
		page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
		page.on('requestfailed', (request) =>
			errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`)
		);
		await use(page);
		expect(errors, 'console errors, page errors or failed requests').toEqual([]);
	}
});

export { expect };

/** Opens the event page of `id` and waits for it to be interactive. */
export async function openEvent(page: Page, id: string) {
	await page.goto(`/events/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The account card of the essay titled `essayTitle` on an event page. */
export function accountCard(page: Page, essayTitle: string) {
	return page.getByRole('article', { name: `Account in “${essayTitle}”` });
}
