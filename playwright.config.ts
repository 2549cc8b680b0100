import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions as chromium } from './scripts/chromium';

const PORT = 4174;
const DEV_PORT = 4176;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	workers: 2,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		// Far from UTC, so a date computed in local time shows up as a wrong day.
		timezoneId: 'Pacific/Honolulu',
		locale: 'en-GB',
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			testIgnore: /hydration\.spec\.ts/,
			use: { ...devices['Desktop Chrome'], launchOptions: chromium }
		},
		{
			name: 'hydration (vite dev)',
			testMatch: /hydration\.spec\.ts/,
			use: {
				...devices['Desktop Chrome'],
				launchOptions: chromium,
				baseURL: `http://localhost:${DEV_PORT}`
			}
		}
	],
	webServer: [
		{
			command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
			port: PORT,
			timeout: 240_000,
			reuseExistingServer: false
		},
		{
			command: `npx vite dev --port ${DEV_PORT} --strictPort`,
			port: DEV_PORT,
			timeout: 120_000,
			reuseExistingServer: false
		}
	]
});
