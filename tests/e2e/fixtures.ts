/**
 * Page helpers for the e2e specs, and a `page` that fails the test on any console error or
 * warning (hydration mismatches and Content-Security-Policy violations included), page error,
 * failed request, dialog, or request to any origin but the site's own, so every spec also checks
 * that its routes run cleanly and privately.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const test = base.extend<{ page: Page; timeline: TimelinePage }>({
	page: async ({ page, baseURL }, use) => {
		const errors: string[] = [];
		const origin = new URL(baseURL!).origin;
		await page.addInitScript(() =>
			document.addEventListener('securitypolicyviolation', (violation) =>
				console.error(
					`CSP violation: ${violation.effectiveDirective} blocked ${violation.blockedURI || 'inline code'}`
				)
			)
		);
		// A not-found page comes with the browser's own log line for its 404 (and its data file's).
		let visitedMissingPage = false;
		page.on('response', (response) => {
			if (response.request().isNavigationRequest() && response.status() === 404) {
				visitedMissingPage = true;
			}
		});
		page.on('console', (message) => {
			// Playwright's own notice that the config's serviceWorkers: 'block' did its job.
			if (message.text() === 'Service Worker registration blocked by Playwright') return;
			if (visitedMissingPage && /status of 404 \(Not Found\)$/.test(message.text())) return;
			if (message.type() === 'error' || message.type() === 'warning') {
				errors.push(`console ${message.type()}: ${message.text()}`);
			}
		});
		page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
		page.on('dialog', (dialog) => {
			errors.push(`dialog: ${dialog.type()} ${dialog.message()}`);
			dialog.dismiss().catch(() => {});
		});
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (/^https?:$/.test(url.protocol) && url.origin !== origin) {
				errors.push(`request to another origin: ${request.url()}`);
			}
		});
		page.on('requestfailed', (request) => {
			const reason = request.failure()?.errorText ?? '';
			// A fetch the page itself abandons (a newer selection superseding it) is not a failure.
			if (reason !== 'net::ERR_ABORTED') errors.push(`request failed: ${request.url()} ${reason}`);
		});
		await use(page);
		expect(errors, 'console errors, page errors, failed or foreign requests, dialogs').toEqual([]);
	},
	timeline: async ({ page }, use) => {
		await use(new TimelinePage(page));
	}
});

export { expect };

/** Opens the event page of `id` and waits for it to be interactive. */
export async function openEvent(page: Page, id: string) {
	await page.goto(`/events/${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The account card of the essay titled `essayTitle`. */
export function accountCard(scope: Page | Locator, essayTitle: string) {
	return scope.getByRole('article', { name: `Account in “${essayTitle}”` });
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The timeline home page, driven as a user would. */
export class TimelinePage {
	readonly surface: Locator;
	readonly panel: Locator;

	constructor(readonly page: Page) {
		this.surface = page.locator('[data-timeline-surface]');
		this.panel = page.locator('section.panel');
	}

	async goto(query = '') {
		await this.page.goto(`/${query}`);
		await expect(this.surface).toBeVisible();
		// Hydrated: the surface reports the window d3-zoom drives.
		await expect(this.surface).toHaveAttribute('data-view-start', /\d/);
		await this.page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		// Wheel and drag: d3-zoom attaches just after the first draw (zoom-gestures.ts).
		await expect(this.surface).toHaveAttribute('data-gestures', 'ready');
	}

	async openFilters() {
		await this.page.locator('summary', { hasText: 'Filters' }).click();
	}

	/** The visible window, in UTC milliseconds. */
	async range(): Promise<{ start: number; end: number }> {
		const [start, end] = await Promise.all([
			this.surface.getAttribute('data-view-start'),
			this.surface.getAttribute('data-view-end')
		]);
		return { start: Number(start), end: Number(end) };
	}

	async tickUnit() {
		return this.surface.getAttribute('data-tick-unit');
	}

	async centre(): Promise<{ x: number; y: number }> {
		const box = (await this.surface.boundingBox())!;
		return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	}

	/** Turns the mouse wheel over the timeline (negative deltaY zooms in). */
	async wheel(deltaY: number, times = 1, deltaX = 0) {
		const { x, y } = await this.centre();
		await this.page.mouse.move(x, y);
		for (let i = 0; i < times; i++) {
			await this.page.mouse.wheel(deltaX, deltaY);
			await this.page.waitForTimeout(60);
		}
		await this.settle();
	}

	/** Drags the timeline by dx pixels with the mouse. */
	async drag(dx: number) {
		const box = (await this.surface.boundingBox())!;
		const y = box.y + box.height - 40;
		const x = box.x + box.width / 2;
		await this.page.mouse.move(x, y);
		await this.page.mouse.down();
		await this.page.mouse.move(x + dx / 2, y, { steps: 5 });
		await this.page.mouse.move(x + dx, y, { steps: 5 });
		await this.page.mouse.up();
		await this.settle();
	}

	/** Waits until the window stops moving (after an animation). */
	async settle() {
		let last = await this.range();
		for (let i = 0; i < 40; i++) {
			await this.page.waitForTimeout(80);
			const now = await this.range();
			if (now.start === last.start && now.end === last.end) return;
			last = now;
		}
	}

	/** Shows a period through the URL, as a shared link would. */
	async showPeriod(from: string, to: string) {
		await this.goto(`?from=${from}&to=${to}`);
		await this.settle();
	}

	events(): Locator {
		return this.surface.locator('a.event');
	}

	event(id: string): Locator {
		return this.surface.locator(`[data-event-id="${id}"]`);
	}

	/** Boxes of every label, bar and cluster drawn, clipped to the timeline. */
	async drawnBoxes(): Promise<(Box & { name: string })[]> {
		return this.surface.evaluate((surface) => {
			const frame = surface.getBoundingClientRect();
			return [...surface.querySelectorAll<HTMLElement>('a.event, button.cluster')]
				.map((element) => {
					const box = element.getBoundingClientRect();
					const x = Math.max(box.left, frame.left);
					const right = Math.min(box.right, frame.right);
					return {
						name: element.getAttribute('aria-label') ?? '',
						x,
						y: box.top,
						width: right - x,
						height: box.height
					};
				})
				.filter((box) => box.width > 0.5);
		});
	}
}

/** The pairs of boxes that overlap by more than `tolerance` pixels each way. */
export function overlapping<T extends Box>(boxes: T[], tolerance = 0.5): [T, T][] {
	const pairs: [T, T][] = [];
	for (let i = 0; i < boxes.length; i++) {
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i]!;
			const b = boxes[j]!;
			const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
			const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
			if (overlapX > tolerance && overlapY > tolerance) pairs.push([a, b]);
		}
	}
	return pairs;
}
