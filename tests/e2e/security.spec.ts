/**
 * The Content-Security-Policy every page carries, and proof that the browser enforces it: code a
 * page did not ship does not run, and nothing loads from another origin.
 */
import { test as bare } from '@playwright/test';
import { content } from './content';
import { expect, test } from './fixtures';

const routes = [
	'/',
	`/events/${content.events[0]!.id}`,
	`/events/kronstadt-rebellion/compare`,
	`/essays/${content.essays[0]!.id}`,
	'/essays',
	`/tours/${content.tours[0]!.id}`,
	'/tours',
	'/search',
	'/about',
	'/bench',
	'/no-such-page'
];

/** The policy of the page, directive → sources. */
async function policyOf(page: import('@playwright/test').Page) {
	const meta = page.locator('meta[http-equiv="content-security-policy"]');
	await expect(meta).toHaveCount(1);
	const text = (await meta.getAttribute('content'))!;
	return Object.fromEntries(
		text.split(';').map((part) => {
			const [name, ...sources] = part.trim().split(/\s+/);
			return [name!, sources];
		})
	);
}

for (const route of routes) {
	test(`${route} carries a strict Content-Security-Policy`, async ({ page }) => {
		await page.goto(route);
		const policy = await policyOf(page);
		expect(policy['default-src']).toEqual(["'self'"]);
		expect(policy['object-src']).toEqual(["'none'"]);
		expect(policy['base-uri']).toEqual(["'self'"]);
		const scripts = policy['script-src']!;
		expect(scripts[0]).toBe("'self'");
		for (const source of scripts.slice(1)) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
		for (const directive of Object.values(policy)) {
			expect(directive).not.toContain("'unsafe-eval'");
			expect(directive).not.toContain('*');
		}
		expect(policy['connect-src']).toEqual(["'self'"]);
	});
}

bare('the browser refuses code and requests the site did not ship', async ({ page }) => {
	const violations: string[] = [];
	const reached: string[] = [];
	page.on('response', (response) => {
		if (!response.url().startsWith('http://localhost')) reached.push(response.url());
	});
	await page.goto('/');
	await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
	await page.evaluate(() => {
		document.addEventListener('securitypolicyviolation', (event) =>
			(window as unknown as { reportViolation: (d: string) => void }).reportViolation(
				event.effectiveDirective
			)
		);
		const script = document.createElement('script');
		script.textContent = 'window.__ran = true';
		document.body.append(script);
		const image = document.createElement('img');
		image.src = 'https://example.com/pixel.png';
		document.body.append(image);
		const handler = document.createElement('div');
		handler.innerHTML = '<img src="/favicon.svg" onload="window.__ran = true">';
		document.body.append(handler);
	});
	await expect
		.poll(() => violations.sort())
		.toEqual(['img-src', 'script-src-attr', 'script-src-elem']);
	expect(await page.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined();
	expect(reached).toEqual([]);
});
