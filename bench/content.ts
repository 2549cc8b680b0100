/**
 * `npm run bench:content [--sizes 1,10,100] [--build-sizes 1,10]`: makes content ten and a hundred
 * times the real size (every essay and event copied under new ids, accounts pointing at the copies,
 * so every quote still resolves), then runs the checker and the build on each and prints time and
 * peak memory against the real content. The checker must grow no worse than linearly in the
 * number of quotes: the last column is its time per quote relative to the real content's.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readContentFiles } from '../scripts/read-content-files';

const ROOT = resolve(import.meta.dirname, '..');

function option(name: string, fallback: string): number[] {
	const at = process.argv.indexOf(name);
	return (at >= 0 ? process.argv[at + 1]! : fallback).split(',').map(Number);
}

/** Writes the real content `times` over into `dir`; copy 0 keeps the real ids. */
function multiply(times: number, dir: string) {
	const files = readContentFiles(ROOT);
	const renamed = (text: string, copy: number, pattern: RegExp) =>
		copy === 0
			? text
			: text.replace(pattern, (_, key: string, id: string) => `${key}${id}-x${copy}`);
	for (const folder of ['essays', 'events', 'tours'])
		mkdirSync(join(dir, folder), { recursive: true });
	for (const [path, text] of Object.entries(files)) {
		if (!/^(essays|events|tours)\//.test(path)) {
			writeFileSync(join(dir, path), text);
			continue;
		}
		for (let copy = 0; copy < times; copy++) {
			const suffix = copy === 0 ? '' : `-x${copy}`;
			const target = path.replace(/(\.md|\.yaml)$/, `${suffix}$1`);
			let copied = renamed(text, copy, /^(id: )([a-z0-9-]+)$/m);
			copied = renamed(copied, copy, /^(\s*(?:- )?essay: )([a-z0-9-]+)$/gm);
			copied = renamed(copied, copy, /^(\s*-? ?event: )([a-z0-9-]+)$/gm);
			if (path.startsWith('tours/')) {
				copied = copied.replace(/accounts: \[([^\]]+)\]/g, (_, ids: string) =>
					copy === 0
						? `accounts: [${ids}]`
						: `accounts: [${ids
								.split(',')
								.map((id) => `${id.trim()}-x${copy}`)
								.join(', ')}]`
				);
			}
			writeFileSync(join(dir, target), copied);
		}
	}
}

/** Runs a command, returning wall time and the peak resident memory of its largest process. */
function measure(command: string, args: string[], cwd = ROOT, env = process.env) {
	const run = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M', command, ...args], {
		cwd,
		env,
		encoding: 'utf8',
		maxBuffer: 1 << 28
	});
	const [, seconds, kb] = /BENCH ([\d.]+) (\d+)/.exec(run.stderr) ?? [];
	return {
		ok: run.status === 0,
		seconds: Number(seconds),
		peakMb: Number(kb) / 1024,
		out: run.stdout
	};
}

const sizes = option('--sizes', '1,10,100');
const buildSizes = new Set(option('--build-sizes', '1,10'));
const scratch = mkdtempSync(join(tmpdir(), 'timeline-content-bench-'));
const rows: string[] = [];
let perQuoteAtOne = NaN;
try {
	for (const times of sizes) {
		const dir = join(scratch, `x${times}`);
		multiply(times, dir);
		const check = measure('npx', ['tsx', 'scripts/check-content.ts', dir]);
		const stats = /(\d+) events, (\d+) essays, (\d+) accounts, (\d+) quotes in (\d+) ms/.exec(
			check.out
		);
		if (!check.ok || !stats)
			throw new Error(`the checker failed on ${times}× content:\n${check.out}`);
		const [, events, essays, , quotes, loadMs] = stats.map(Number);
		const perQuote = loadMs! / quotes!;
		if (times === 1) perQuoteAtOne = perQuote;
		let build = '| – | – |';
		if (buildSizes.has(times)) {
			const out = join(scratch, `build-x${times}`);
			const built = measure('npx', ['tsx', 'scripts/build-with-content.ts', dir, out]);
			if (!built.ok) throw new Error(`the build failed on ${times}× content`);
			const pages = Number(
				execFileSync('sh', ['-c', `find ${out} -name '*.html' | wc -l`], { encoding: 'utf8' })
			);
			build = `| ${built.seconds.toFixed(1)} s, ${pages} pages | ${built.peakMb.toFixed(0)} MB |`;
			rmSync(out, { recursive: true, force: true });
		}
		rows.push(
			`| ${times}× | ${events} | ${essays} | ${quotes} | ${loadMs} ms (${check.seconds.toFixed(1)} s with start-up) | ${check.peakMb.toFixed(0)} MB ${build} ${(perQuote / perQuoteAtOne).toFixed(2)} |`
		);
		rmSync(dir, { recursive: true, force: true });
		console.error(`done: ${times}×`);
	}
} finally {
	rmSync(scratch, { recursive: true, force: true });
}

console.log(
	[
		'| size | events | essays | quotes | checker: load | checker: peak memory | build | build: peak memory | checker time per quote vs 1× |',
		'|---|---|---|---|---|---|---|---|---|',
		...rows
	].join('\n')
);
