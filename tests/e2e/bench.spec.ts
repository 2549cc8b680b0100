import { generateEvents } from '../../bench/generate-events';
import { expect, test } from './fixtures';

/** Where the canvas has an opaque pixel (a badge or a cluster's line), in page pixels. */
async function drawnPixel(canvas: import('@playwright/test').Locator) {
	return canvas.evaluate((element: HTMLCanvasElement) => {
		const { data, width } = element
			.getContext('2d')!
			.getImageData(0, 0, element.width, element.height);
		const scale = element.width / element.clientWidth;
		const box = element.getBoundingClientRect();
		for (let k = 3; k < data.length; k += 4) {
			if (data[k] === 255) {
				const pixel = (k - 3) / 4;
				return { x: box.x + (pixel % width) / scale, y: box.y + Math.floor(pixel / width) / scale };
			}
		}
		return null;
	});
}

test.describe('the /bench page', () => {
	test('draws synthetic events from a file on this site', async ({ page }) => {
		await page.goto('/bench?data=/bench/sample-50.json');
		await expect(page.locator('[data-timeline-surface]')).toBeVisible();
		await expect(page.locator('[data-event-id]').first()).toBeVisible();
	});

	test("is the timeline alone, as wide as the window, like vis-timeline's page", async ({
		page
	}) => {
		await page.goto('/bench?data=/bench/sample-50.json');
		await expect(page.locator('[data-event-id]').first()).toBeVisible();
		await expect(page.locator('header')).toHaveCount(0);
		await expect(page.getByRole('main')).toHaveCount(1);
		const width = await page.locator('[data-timeline-surface]').evaluate((e) => e.clientWidth);
		expect(width).toBe(page.viewportSize()!.width);
	});

	test('preloads the drawing code it then runs, and loads the gestures only after drawing', async ({
		page
	}) => {
		const scripts: { url: string; status: number }[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script')
				scripts.push({ url: new URL(response.url()).pathname, status: response.status() });
		});
		await page.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (!document.querySelector('[data-event-id]')) return;
				performance.mark('first-event');
				observer.disconnect();
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto('/bench?data=/bench/sample-50.json');
		await expect(page.locator('[data-timeline-surface]')).toHaveAttribute('data-gestures', 'ready');
		const preloaded = await page
			.locator('link[rel="modulepreload"]')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(preloaded).toEqual(['/bench-app/draw.js', '/bench-app/preload-helper.js']);
		expect(scripts.map(({ url }) => url).sort()).toEqual([
			'/bench-app/d3-zoom-driver.js',
			'/bench-app/draw.js',
			'/bench-app/main.js',
			'/bench-app/preload-helper.js'
		]);
		expect(scripts.every(({ status }) => status === 200)).toBe(true);
		const [drawn, gesturesAsked] = await page.evaluate(() => [
			performance.getEntriesByName('first-event')[0]!.startTime,
			performance
				.getEntriesByType('resource')
				.find((entry) => entry.name.endsWith('/d3-zoom-driver.js'))!.startTime
		]);
		expect(gesturesAsked).toBeGreaterThanOrEqual(drawn!);
	});

	test('refuses data from another origin, visibly, without fetching it', async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.goto('/bench?data=https://example.org/events.json');
		await expect(page.getByRole('alert')).toContainText('Refused');
		expect(requests.filter((url) => new URL(url).hostname === 'example.org')).toEqual([]);
	});

	test('says what it needs when given nothing', async ({ page }) => {
		await page.goto('/bench');
		await expect(page.getByRole('alert')).toContainText('?data=');
	});

	test('draws the clusters of a dense view, and a click on one zooms in on it', async ({
		page
	}) => {
		await page.route(
			(url) => url.pathname === '/bench/dense.json',
			(route) => route.fulfill({ json: generateEvents(2000) })
		);
		await page.goto('/bench?data=/bench/dense.json');
		const surface = page.locator('[data-timeline-surface]');
		const points = page.locator('canvas.drawn').last();
		await expect(points).toBeVisible();
		await expect(page.locator('button.cluster.point')).toHaveCount(0);
		await expect(
			surface.getByText(/more events in \d+ groups too close together/).last()
		).toBeAttached();

		const pixel = await drawnPixel(points);
		expect(pixel, 'an opaque pixel on the canvas').not.toBeNull();
		await page.mouse.move(pixel!.x, pixel!.y);
		await expect(points).toHaveCSS('cursor', 'zoom-in');
		const span = async () =>
			Number(await surface.getAttribute('data-view-end')) -
			Number(await surface.getAttribute('data-view-start'));
		const before = await span();
		await page.mouse.click(pixel!.x, pixel!.y);
		await expect.poll(span).toBeLessThan(before / 2);
	});

	test('draws the clusters in the system colours when colours are forced', async ({ page }) => {
		await page.emulateMedia({ forcedColors: 'active' });
		await page.route(
			(url) => url.pathname === '/bench/dense.json',
			(route) => route.fulfill({ json: generateEvents(2000) })
		);
		await page.goto('/bench?data=/bench/dense.json');
		const points = page.locator('canvas.drawn').last();
		await expect(points).toBeVisible();
		const colours = await points.evaluate((canvas: HTMLCanvasElement) => {
			const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
			const counts = new Map<string, number>();
			for (let k = 0; k < data.length; k += 4) {
				if (data[k + 3] !== 255) continue;
				const colour = `rgb(${data[k]}, ${data[k + 1]}, ${data[k + 2]})`;
				counts.set(colour, (counts.get(colour) ?? 0) + 1);
			}
			const commonest = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
			const probe = document.createElement('span');
			probe.style.color = 'CanvasText';
			probe.style.backgroundColor = 'Canvas';
			document.body.append(probe);
			const { color, backgroundColor } = getComputedStyle(probe);
			probe.remove();
			return { commonest, text: color, page: backgroundColor };
		});
		// The badges, the most of what is drawn, are filled with the system's text colour.
		expect(colours.commonest).toBe(colours.text);
		expect(colours.text).not.toBe(colours.page);
	});
});
