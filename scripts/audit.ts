/**
 * `npm run audit`: builds the site, serves it as a static host would, and runs Lighthouse (its
 * default mobile profile, in Debian's Chromium) on the timeline, an event page, an essay page
 * and a tour page. Prints the four scores per page and fails below accessibility 100, best
 * practices 100, SEO 95 or performance 95, with the metrics behind the performance score. Not
 * part of `npm test`: scores vary with the machine.
 *
 * Each page is audited three times (`--runs N`) and the run with the median performance reported.
 * `npm run audit -- [--no-build] [--runs N] [path …]` audits other paths, or the last build as it is.
 *
 * The table also gives the first paint and the load event as Chromium observed them, before
 * Lighthouse's simulation scales them. In headless Chromium here, a page that loads stylesheets
 * while its modules load often shows its first frame one or two seconds after the load event,
 * with the main thread idle in between; with `--chrome-flag --disable-features=PaintHolding` it
 * does not. `--chrome-flag <flag>` (repeatable) adds such a flag to the audited Chromium; those
 * runs are labelled as diagnostic and are still held to the targets.
 */
import { spawn, spawnSync } from 'node:child_process';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from './chromium';
import { waitForServer } from './wait-for-server';

const PORT = 4180;
const args = process.argv.slice(2);
const paths = args.filter((arg, i) => arg.startsWith('/') && args[i - 1] !== '--chrome-flag');
const PAGES = paths.length
	? paths
	: [
			'/',
			'/events/kronstadt-rebellion',
			'/essays/factory-committees-and-kronstadt',
			'/tours/kronstadt-four-accounts'
		];
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) || 3 : 3;
const addedFlags = args.flatMap((arg, i) => (args[i - 1] === '--chrome-flag' ? [arg] : []));
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 };

const METRICS = [
	'first-contentful-paint',
	'largest-contentful-paint',
	'speed-index',
	'total-blocking-time',
	'cumulative-layout-shift'
];

const build = args.includes('--no-build')
	? { status: 0 }
	: spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
if (build.status !== 0) {
	console.error(build.stdout, build.stderr);
	process.exit(1);
}
const server = spawn('npx', ['tsx', 'scripts/serve-static.ts', String(PORT), '/=build'], {
	stdio: 'ignore',
	detached: true
});
const chrome = await launch({
	chromePath: chromiumLaunchOptions.executablePath,
	chromeFlags: ['--headless=new', ...(chromiumLaunchOptions.args ?? []), ...addedFlags]
});
let failed = false;
try {
	await waitForServer(`http://localhost:${PORT}/`);
	if (addedFlags.length) console.log(`Diagnostic run: Chromium given ${addedFlags.join(' ')}\n`);
	console.log(
		'| page | performance | accessibility | best practices | SEO | FCP | LCP | speed index | TBT | CLS | observed first paint / load |'
	);
	console.log('|---|---|---|---|---|---|---|---|---|---|---|');
	for (const path of PAGES) {
		// Lighthouse's own advice for a score that varies from run to run: the median of several.
		const runs = [];
		for (let run = 0; run < RUNS; run++) {
			const result = await lighthouse(`http://localhost:${PORT}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error'
			});
			runs.push(result!);
		}
		const performance = (result: (typeof runs)[number]) =>
			result.lhr.categories.performance?.score ?? 0;
		const result = runs.sort((a, b) => performance(a) - performance(b))[(RUNS - 1) >> 1];
		const categories = result!.lhr.categories;
		const scores = Object.fromEntries(
			Object.keys(TARGETS).map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])
		);
		const metrics = METRICS.map((id) => result!.lhr.audits[id]?.displayValue ?? '–');
		const observed = (result!.lhr.audits.metrics?.details as { items?: Observed[] } | undefined)
			?.items?.[0];
		const paintAndLoad = `${observed?.observedFirstPaint ?? '–'} / ${observed?.observedLoad ?? '–'} ms`;
		console.log(
			`| ${path} | ${Object.values(scores).join(' | ')} | ${metrics.join(' | ')} | ${paintAndLoad} |`
		);
		for (const [id, target] of Object.entries(TARGETS)) {
			if (scores[id]! >= target) continue;
			failed = true;
			const audits = Object.values(result!.lhr.audits)
				.filter((audit) => audit.score !== null && audit.score < 1)
				.filter((audit) =>
					categories[id]?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0)
				)
				.map((audit) => `${audit.id} (${audit.displayValue ?? audit.score})`);
			console.log(`    ${id} ${scores[id]} < ${target}: ${audits.join(', ')}`);
		}
	}
} finally {
	chrome.kill();
	if (server.pid) process.kill(-server.pid);
}
process.exit(failed ? 1 : 0);

/** The part of Lighthouse's `metrics` audit read here: times Chromium observed, in ms. */
interface Observed {
	observedFirstPaint?: number;
	observedLoad?: number;
}
