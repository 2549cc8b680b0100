/**
 * `npm run bench`: our timeline against vis-timeline on the same synthetic data, in one run of
 * the same headless Chromium. For 200, 2,000 and 20,000 events it measures JavaScript shipped
 * (gzip), time to the first drawn event, frame times while a script zooms in and out with the
 * wheel and pans by dragging, and peak JS heap; median of RUNS runs; then, from one more run
 * traced, the main thread's work behind each frame (frame-work.ts); then RUNS more runs of the
 * zoom sequence with the CPU slowed down SLOWDOWN times, as on a phone (BENCH_SLOWDOWN=1 skips
 * them); then a table of ratios.
 * Not part of the test command: timings on a shared machine are noisy, so only ratios measured
 * side by side in one run mean anything.
 */
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { execSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumLaunchOptions } from '../scripts/chromium';
import { waitForServer } from '../scripts/wait-for-server';
import { busyPerFrame, FRAME_MARK } from './frame-work';
import { benchFile } from './serve-bench';

const ROOT = resolve(import.meta.dirname, '..');
const SIZES = (process.env.BENCH_SIZES ?? '200,2000,20000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = 4190;
/** A run that has not finished its zoom sequence in this long is reported as not finished. */
const RUN_LIMIT_MS = 120_000;
/**
 * How many times slower the CPU runs in the slowed runs (Lighthouse's mobile preset uses 4). Where
 * both timelines keep up with the display, both frame intervals are one refresh and cannot be told
 * apart; on a slower CPU the heavier frames miss refreshes, and frame times compare again.
 */
const SLOWDOWN = Number(process.env.BENCH_SLOWDOWN ?? 4);

interface Measure {
	jsGzip: number;
	firstEventMs: number;
	frames: { p50: number; p95: number; max: number; over50: number; count: number } | null;
	heapMb: number;
	finished: boolean;
}

function percentile(sorted: number[], p: number): number {
	if (!sorted.length) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** The page of one library at one size; `drawn` matches an event, `ready` a timeline that takes gestures. */
interface Target {
	url: string;
	drawn: string;
	ready: string;
}

async function interact(page: Page) {
	const box = (await page.locator('[data-timeline-surface]').boundingBox())!;
	const x = box.x + box.width / 2;
	const y = box.y + box.height * 0.6;
	await page.mouse.move(x, y);
	for (let i = 0; i < 12; i++) {
		await page.mouse.wheel(0, -240);
		await page.waitForTimeout(40);
	}
	for (let i = 0; i < 12; i++) {
		await page.mouse.wheel(0, 240);
		await page.waitForTimeout(40);
	}
	for (const dx of [-300, 500, -200]) {
		await page.mouse.move(x, y);
		await page.mouse.down();
		for (let step = 1; step <= 12; step++) {
			await page.mouse.move(x + (dx * step) / 12, y);
			await page.waitForTimeout(16);
		}
		await page.mouse.up();
	}
	await page.waitForTimeout(300);
}

/**
 * What the bench adds to each page: `window.__firstEvent`, a promise of the time the first event
 * is drawn, and while `window.__recording` is set, the time of every animation frame (and a
 * FRAME_MARK for a trace).
 * A string, not a function: tsx would wrap named functions in a helper the page lacks.
 */
function pageScript(selector: string, markFrames: boolean): string {
	return `(() => {
		const selector = ${JSON.stringify(selector)};
		window.__firstEvent = new Promise((resolve) => {
			new MutationObserver((_, observer) => {
				if (document.querySelector(selector)) {
					resolve(performance.now());
					observer.disconnect();
				}
			}).observe(document, { childList: true, subtree: true });
		});
		window.__frames = [];
		const tick = (t) => {
			if (window.__recording) {
				window.__frames.push(t);
				${markFrames ? `performance.mark(${JSON.stringify(FRAME_MARK)});` : ''}
			}
			requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	})();`;
}

/**
 * When the page drew its first event, in ms from navigation. Asked through the DevTools protocol,
 * not with `page.waitForFunction`: Playwright's helper script for that (about 330 KB) would be
 * compiled and run on the page's main thread while the page is still loading, and a trace showed
 * it delaying our first event by 16 ms.
 */
async function firstEvent(client: CDPSession): Promise<number> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const { result, exceptionDetails } = await Promise.race([
		client.send('Runtime.evaluate', {
			expression: 'window.__firstEvent',
			awaitPromise: true,
			returnByValue: true
		}),
		new Promise<never>((_, fail) => {
			timer = setTimeout(
				() => fail(new Error(`no event drawn in ${RUN_LIMIT_MS} ms`)),
				RUN_LIMIT_MS
			);
		})
	]).finally(() => clearTimeout(timer));
	if (exceptionDetails || typeof result.value !== 'number') {
		const why = exceptionDetails?.text ?? result.type;
		throw new Error(`could not read the first event's time: ${why}`);
	}
	return result.value;
}

/** One run: load the page, then the zoom sequence; the CPU runs `slowdown` times slower throughout. */
async function measure(browser: Browser, target: Target, slowdown = 1): Promise<Measure> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const client = await context.newCDPSession(page);
	await client.send('Performance.enable');
	if (slowdown > 1) await client.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
	let heap = 0;
	const sampling = setInterval(async () => {
		try {
			const { metrics } = await client.send('Performance.getMetrics');
			heap = Math.max(heap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
		} catch {
			/* the page may be closing */
		}
	}, 100);
	// Every script the page loads, weighed afterwards from the files the server sent.
	const scripts = new Set<string>();
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
	});
	await page.addInitScript({ content: pageScript(target.drawn, false) });

	const result: Measure = {
		jsGzip: 0,
		firstEventMs: NaN,
		frames: null,
		heapMb: 0,
		finished: false
	};
	try {
		await page.goto(target.url, { waitUntil: 'domcontentloaded' });
		result.firstEventMs = await firstEvent(client);
		await page.waitForLoadState('load');
		// Our gestures attach just after the first events are drawn (zoom-gestures.ts).
		await page.waitForSelector(target.ready, { state: 'attached', timeout: RUN_LIMIT_MS });
		await page.evaluate(() => ((window as unknown as { __recording: boolean }).__recording = true));
		await Promise.race([
			interact(page).then(() => (result.finished = true)),
			new Promise((done) => setTimeout(done, RUN_LIMIT_MS))
		]);
		const stamps: number[] = await Promise.race([
			page.evaluate(() => (window as unknown as { __frames: number[] }).__frames),
			new Promise<number[]>((done) => setTimeout(() => done([]), 10_000))
		]);
		const deltas = stamps
			.slice(1)
			.map((t, i) => t - stamps[i]!)
			.sort((a, b) => a - b);
		if (deltas.length) {
			result.frames = {
				p50: percentile(deltas, 0.5),
				p95: percentile(deltas, 0.95),
				max: deltas.at(-1)!,
				over50: deltas.filter((d) => d > 50).length,
				count: deltas.length
			};
		}
	} catch (error) {
		console.error(`  ${target.url}: ${String(error).split('\n')[0]}`);
	} finally {
		clearInterval(sampling);
		result.jsGzip = [...scripts].reduce((sum, path) => {
			const file = benchFile(ROOT, path);
			return sum + (file ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
		}, 0);
		result.heapMb = heap / 2 ** 20;
		await context.close().catch(() => {});
	}
	return result;
}

/**
 * One more run of the zoom sequence, traced, for the main thread's work behind each frame
 * (frame-work.ts): p50 and p95 in ms, or null if the sequence did not finish. Apart from the
 * other runs, since tracing slows the page it watches.
 */
async function measureWork(
	browser: Browser,
	target: Target
): Promise<{ p50: number; p95: number } | null> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.addInitScript({ content: pageScript(target.drawn, true) });
	// A trace left running would refuse the next run's.
	let tracing = false;
	try {
		await page.goto(target.url, { waitUntil: 'load' });
		await page.waitForSelector(target.ready, { state: 'attached', timeout: RUN_LIMIT_MS });
		await browser.startTracing(page, {
			categories: ['toplevel', 'devtools.timeline', 'blink.user_timing']
		});
		tracing = true;
		await page.evaluate(() => ((window as unknown as { __recording: boolean }).__recording = true));
		const finished = await Promise.race([
			interact(page).then(() => true),
			new Promise<false>((done) => setTimeout(() => done(false), RUN_LIMIT_MS))
		]);
		const trace = await browser.stopTracing();
		tracing = false;
		if (!finished) return null;
		const work = busyPerFrame(JSON.parse(trace.toString('utf8')).traceEvents).sort((a, b) => a - b);
		return work.length ? { p50: percentile(work, 0.5), p95: percentile(work, 0.95) } : null;
	} catch (error) {
		console.error(`  ${target.url} (traced): ${String(error).split('\n')[0]}`);
		return null;
	} finally {
		if (tracing) await browser.stopTracing().catch(() => {});
		await context.close().catch(() => {});
	}
}

/**
 * RUNS runs of each timeline at one size, alternating which goes first so neither always meets a
 * warm or a cold machine. A library that cannot finish the sequence will not on the next runs
 * either, so after one that does not finish it is left out (or from the start, with `skipVis`).
 */
async function measureBoth(
	browser: Browser,
	targets: Record<'ours' | 'vis', Target>,
	n: number,
	slowdown: number,
	skipVis: boolean
): Promise<{ ours: Measure[]; vis: Measure[]; visGaveUp: boolean }> {
	const ours: Measure[] = [];
	const vis: Measure[] = [];
	let visGaveUp = skipVis;
	for (let run = 0; run < RUNS; run++) {
		const order = run % 2 ? ['vis', 'ours'] : ['ours', 'vis'];
		for (const which of order as ('ours' | 'vis')[]) {
			if (which === 'vis' && visGaveUp) continue;
			const measured = which === 'ours' ? ours : vis;
			measured.push(await measure(browser, targets[which], slowdown));
			if (which === 'vis' && !measured.at(-1)!.finished) visGaveUp = true;
		}
		const slowed = slowdown > 1 ? `, CPU ${slowdown}× slower` : '';
		// Each run's times, not only the medians: how much they spread is what says a ratio holds.
		const firsts = [ours, vis].map((runs) => runs.at(-1)?.firstEventMs.toFixed(0) ?? '—');
		console.log(
			`n=${n}${slowed} run ${run + 1}/${RUNS} done (first event: ${firsts.join(' vs ')} ms)`
		);
	}
	return { ours, vis, visGaveUp };
}

function median(values: number[]): number {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : NaN;
}

function summarise(runs: Measure[]) {
	const finished = runs.filter((run) => run.finished && run.frames);
	const pick = (f: (run: Measure) => number) => median(finished.map(f));
	return {
		runs: runs.length,
		finished: finished.length,
		jsKiB: median(runs.map((run) => run.jsGzip)) / 1024,
		firstEventMs: median(runs.map((run) => run.firstEventMs)),
		p50: pick((run) => run.frames!.p50),
		p95: pick((run) => run.frames!.p95),
		max: pick((run) => run.frames!.max),
		over50: pick((run) => run.frames!.over50),
		heapMb: median(runs.map((run) => run.heapMb))
	};
}

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
const ratio = (ours: number, theirs: number) =>
	Number.isFinite(ours) && Number.isFinite(theirs) && theirs > 0 ? (ours / theirs).toFixed(2) : '—';

async function main() {
	if (!process.env.BENCH_SKIP_BUILD) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
	const server = spawn('npx', ['tsx', 'bench/serve-bench.ts', String(PORT), SIZES.join(',')], {
		cwd: ROOT,
		stdio: 'inherit',
		detached: true
	});
	await waitForServer(`http://localhost:${PORT}/bench`);
	const browser = await chromium.launch(chromiumLaunchOptions);
	const rows: string[] = [];
	try {
		for (const n of SIZES) {
			const data = `/bench-data/${n}.json`;
			const targets: Record<'ours' | 'vis', Target> = {
				ours: {
					url: `http://localhost:${PORT}/bench?data=${data}`,
					drawn: '[data-event-id]',
					ready: '[data-gestures="ready"]'
				},
				vis: {
					url: `http://localhost:${PORT}/vis/?data=${data}`,
					drawn: '.vis-item',
					ready: '.vis-item'
				}
			};
			const { ours, vis, visGaveUp } = await measureBoth(browser, targets, n, 1, false);
			const a = summarise(ours);
			const b = summarise(vis);
			const oursWork = await measureWork(browser, targets.ours);
			const visWork = visGaveUp ? null : await measureWork(browser, targets.vis);
			// vis-timeline did not finish at full speed: slowed down, it would not either.
			const slowed = SLOWDOWN > 1 && (await measureBoth(browser, targets, n, SLOWDOWN, visGaveUp));
			const work = (measured: typeof oursWork, key: 'p50' | 'p95') => measured?.[key] ?? NaN;
			rows.push(
				`| ${n} | JS shipped, KiB gz | ${fmt(a.jsKiB)} | ${fmt(b.jsKiB)} | ${ratio(a.jsKiB, b.jsKiB)} |`,
				`| ${n} | first event, ms | ${fmt(a.firstEventMs, 0)} | ${fmt(b.firstEventMs, 0)} | ${ratio(a.firstEventMs, b.firstEventMs)} |`,
				`| ${n} | frame p50, ms | ${fmt(a.p50)} | ${fmt(b.p50)} | ${ratio(a.p50, b.p50)} |`,
				`| ${n} | frame p95, ms | ${fmt(a.p95)} | ${fmt(b.p95)} | ${ratio(a.p95, b.p95)} |`,
				`| ${n} | frame max, ms | ${fmt(a.max)} | ${fmt(b.max)} | ${ratio(a.max, b.max)} |`,
				`| ${n} | frames over 50 ms | ${fmt(a.over50, 0)} | ${fmt(b.over50, 0)} | — |`,
				`| ${n} | main-thread work per frame p50, ms (1 traced run) | ${fmt(work(oursWork, 'p50'))} | ${fmt(work(visWork, 'p50'))} | ${ratio(work(oursWork, 'p50'), work(visWork, 'p50'))} |`,
				`| ${n} | main-thread work per frame p95, ms (1 traced run) | ${fmt(work(oursWork, 'p95'))} | ${fmt(work(visWork, 'p95'))} | ${ratio(work(oursWork, 'p95'), work(visWork, 'p95'))} |`,
				`| ${n} | peak JS heap, MB | ${fmt(a.heapMb)} | ${fmt(b.heapMb)} | ${ratio(a.heapMb, b.heapMb)} |`,
				`| ${n} | runs finished | ${a.finished}/${a.runs} | ${b.finished}/${b.runs} | — |`
			);
			if (slowed) {
				const sa = summarise(slowed.ours);
				const sb = summarise(slowed.vis);
				const cpu = `CPU ${SLOWDOWN}× slower`;
				rows.push(
					`| ${n} | ${cpu}: frame p50, ms | ${fmt(sa.p50)} | ${fmt(sb.p50)} | ${ratio(sa.p50, sb.p50)} |`,
					`| ${n} | ${cpu}: frame p95, ms | ${fmt(sa.p95)} | ${fmt(sb.p95)} | ${ratio(sa.p95, sb.p95)} |`,
					`| ${n} | ${cpu}: frame max, ms | ${fmt(sa.max)} | ${fmt(sb.max)} | ${ratio(sa.max, sb.max)} |`,
					`| ${n} | ${cpu}: frames over 50 ms | ${fmt(sa.over50, 0)} | ${fmt(sb.over50, 0)} | — |`,
					`| ${n} | ${cpu}: runs finished | ${sa.finished}/${sa.runs} | ${sb.finished}/${sb.runs} | — |`
				);
			}
		}
	} finally {
		await browser.close();
		process.kill(-server.pid!);
	}
	console.log(
		`\nMedian of ${RUNS} runs, headless Chromium, 1280×800 (ours/vis: below 1 is better).\n`
	);
	console.log('| events | measure | ours | vis-timeline | ours/vis |');
	console.log('|---:|---|---:|---:|---:|');
	for (const row of rows) console.log(row);
}

await main();
