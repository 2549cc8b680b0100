/**
 * The site built from tests/fixtures/hostile-content (served at /hostile): script tags, event
 * handlers, javascript: and data: URLs, HTML and Markdown, bidi controls, a 1 MB essay and
 * 10,000-character titles in every kind of field. Every page must show them as text and run none
 * of them; the `page` fixture also fails on any dialog, console error, CSP violation or request
 * to another origin.
 */
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { loadContent } from '../../src/lib/content/load-content';
import { readContentFiles } from '../../scripts/read-content-files';
import { expect, test } from './fixtures';

const loaded = loadContent(
	readContentFiles(resolve(import.meta.dirname, '../fixtures/hostile-content'))
);
if (!loaded.ok) throw new Error('the hostile fixture must load: it is valid content');
const { events, essays, tours } = loaded.content;
const BASE = '/hostile';

const pages = [
	{ path: '/', title: 'Timeline of the Russian Revolution' },
	{ path: '/essays', title: 'Essays' },
	{ path: '/tours', title: 'Tours' },
	{ path: '/about', title: null },
	{ path: '/search?q=script', title: 'Search' },
	{ path: '/nowhere', title: 'Page not found' },
	...events.map((event) => ({ path: `/events/${event.id}`, title: event.title })),
	...events
		.filter((event) => event.accounts.length > 1)
		.map((event) => ({ path: `/events/${event.id}/compare`, title: null })),
	...essays.map((essay) => ({ path: `/essays/${essay.id}`, title: essay.title })),
	...tours.map((tour) => ({ path: `/tours/${tour.id}`, title: tour.title })),
	...events.map((event) => ({ path: `/?event=${event.id}`, title: null }))
];

/** Fails if anything the content smuggled in ran or became live markup. */
async function expectNothingRan(page: Page) {
	expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
	const live = await page.evaluate(() => ({
		handlers: document.querySelectorAll('[onerror], [onload], [onclick], [onmouseover]').length,
		frames: document.querySelectorAll('iframe, object, embed').length,
		links: [...document.querySelectorAll('a[href]')]
			.map((link) => link.getAttribute('href')!)
			.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href)),
		images: [...document.images]
			.map((image) => image.src)
			.filter((src) => !src.startsWith(location.origin)),
		hidden: getComputedStyle(document.body).display === 'none'
	}));
	expect(live).toEqual({ handlers: 0, frames: 0, links: [], images: [], hidden: false });
}

for (const { path, title } of pages) {
	test(`hostile content on ${path.slice(0, 60)} shows as text and runs nothing`, async ({
		page
	}) => {
		const response = await page.goto(BASE + path);
		expect(response?.status()).toBe(path === '/nowhere' ? 404 : 200);
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		if (title) await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expectNothingRan(page);
	});
}

test('the panel, summary and notes show markup literally', async ({ page }) => {
	const event = events.find((candidate) => candidate.id === 'hostile-event')!;
	await page.goto(`${BASE}/?event=${event.id}`);
	const panel = page.locator('section.panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(event.title);
	await expect(panel).toContainText('<b>HTML?</b>');
	await expect(panel).toContainText('[javascript link](javascript:window.__pwned=1)');
	await expect(panel.getByRole('note')).toContainText('<script>window.__pwned = "script"</script>');
	await expectNothingRan(page);
});

test('an essay shows its HTML, Markdown and bidi controls as the characters they are', async ({
	page
}) => {
	await page.goto(`${BASE}/essays/hostile-essay`);
	const main = page.getByRole('main');
	await expect(main).toContainText('<h2 onclick="window.__pwned=\'h\'">A heading with HTML</h2>');
	await expect(main).toContainText("[a link](javascript:window.__pwned='link')");
	await expect(main).toContainText('\u202egnp.exe\u2069');
	await expect(main).toContainText('<style>body{display:none}</style>');
	await expectNothingRan(page);
});

test('the hostile fixture holds what the walk above relies on', async () => {
	// Guards the walk above: a fixture that stopped loading would otherwise test nothing.
	expect(events.length).toBeGreaterThanOrEqual(2);
	expect(essays.some((essay) => essay.title.length >= 10_000)).toBe(true);
	expect(tours.length).toBeGreaterThanOrEqual(1);
});
