/**
 * `npm run screenshot`: photographs the built site for the README (docs/screenshot.png).
 * Run `npm run build` first; uses Debian's Chromium like the e2e tests.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { chromiumLaunchOptions } from './chromium';

const PORT = 4175;
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
	stdio: 'ignore'
});
try {
	await new Promise((resolve) => setTimeout(resolve, 2500));
	const browser = await chromium.launch(chromiumLaunchOptions);
	const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
	await page.goto(
		`http://localhost:${PORT}${process.argv[2] ?? '/?from=1917-01-01&to=1917-12-31'}`
	);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await page.waitForTimeout(800);
	await page.screenshot({ path: 'docs/screenshot.png' });
	await browser.close();
} finally {
	server.kill();
}
