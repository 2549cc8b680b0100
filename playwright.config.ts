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
	// A timeout is there to catch a hang, not to time the page: on a busy 2-core machine the axe
	// audit of the by-essay view ran past 30 s, where it takes 12 s alone and less on a quiet one.
	timeout: 60_000,
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		// Far from UTC, so a date computed in local time shows up as a wrong day.
		timezoneId: 'Pacific/Honolulu',
		// The service worker would fetch the whole site in the background of every test; the offline
		// spec allows it for itself.
		serviceWorkers: 'block',
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
			// The site as a static host serves it; beside it, a build under a sub-path and one built
			// from the hostile content fixture.
			command: [
				'npm run build',
				'BASE_PATH=/timeline BUILD_DIR=build-base npx vite build',
				'BASE_PATH=/timeline BUILD_DIR=build-base npx vite build -c vite.bench.config.ts',
				'npx tsx scripts/build-with-content.ts tests/fixtures/hostile-content build-hostile /hostile',
				`npx tsx scripts/serve-static.ts ${PORT} /=build /timeline=build-base /hostile=build-hostile`
			].join(' && '),
			port: PORT,
			timeout: 300_000,
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
