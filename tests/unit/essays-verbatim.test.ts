/**
 * Proves the essays in essays/ are the seeds' own words: every paragraph and heading is a line of
 * its seed, in order, with nothing left out but the lines the front matter lists as dropped, and
 * every line of every seed belongs to exactly one essay, drop or recorded duplicate.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content';
import type { Essay } from '../../src/lib/content/model';
import { formatProblem } from '../../src/lib/content/problem';
import { readContentFiles } from '../../scripts/read-content-files';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = resolve(process.env.SEEDS_DIR ?? join(ROOT, '../shared/seeds'));
const haveSeeds = existsSync(SEEDS);
if (!haveSeeds) {
	console.warn(
		`\n⚠ essays-verbatim: SKIPPED — no seeds at ${SEEDS} (set SEEDS_DIR to check the essays against them)\n`
	);
}

const result = loadContent(readContentFiles(ROOT));
if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
const { essays } = result.content;

const seedLines = (file: string) => readFileSync(join(SEEDS, file), 'utf8').split('\n');
const isBlank = (line: string) => line.trim() === '';

/** The seed lines an essay's blocks must equal, with their line numbers. */
function expectedBlocks(essay: Essay, lines: string[]) {
	const [first, last] = essay.lines;
	const dropped = new Set(essay.dropped.map((drop) => drop.line));
	const start = essay.titled ? first + 1 : first;
	const expected: { line: number; text: string }[] = [];
	for (let n = start; n <= last; n++) {
		const text = lines[n - 1] ?? '';
		if (!isBlank(text) && !dropped.has(n)) expected.push({ line: n, text });
	}
	return expected;
}

describe.skipIf(!haveSeeds)(`essays are verbatim from ${SEEDS}`, () => {
	for (const essay of essays) {
		describe(essay.id, () => {
			const lines = haveSeeds ? seedLines(essay.source) : [];

			it('has every paragraph as a verbatim substring of its seed', () => {
				const seed = lines.join('\n');
				for (const block of essay.blocks) expect(seed).toContain(block.text);
			});

			it('has exactly its seed lines, in order, as its paragraphs and headings', () => {
				const expected = expectedBlocks(essay, lines).map((entry) => entry.text);
				expect(essay.blocks.map((block) => block.text)).toEqual(expected);
			});

			it('takes its title from the seed unless it says it has none', () => {
				if (essay.titled) expect(lines[essay.lines[0] - 1]?.trim()).toBe(essay.title);
				else expect(lines[essay.lines[0] - 1]?.trim()).not.toBe(essay.title);
			});

			it('records each dropped line exactly as the seed has it', () => {
				for (const drop of essay.dropped) expect(lines[drop.line - 1]).toBe(drop.text);
			});

			it('records duplicates that are identical to it', () => {
				for (const copy of essay.alsoIn) {
					const other = seedLines(copy.source).slice(copy.lines[0] - 1, copy.lines[1]);
					const own = lines.slice(essay.lines[0] - 1, essay.lines[1]);
					expect(other.filter((line) => !isBlank(line))).toEqual(
						own.filter((line) => !isBlank(line))
					);
				}
			});
		});
	}

	it('accounts for every non-blank line of every seed exactly once', () => {
		const seeds = readdirSync(SEEDS).filter((name) => name.endsWith('.txt'));
		const claims = new Map<string, number[]>();
		const claim = (source: string, line: number) => {
			const key = `${source}:${line}`;
			claims.set(key, [...(claims.get(key) ?? []), line]);
		};
		for (const essay of essays) {
			for (let n = essay.lines[0]; n <= essay.lines[1]; n++) claim(essay.source, n);
			for (const drop of essay.dropped) {
				if (drop.line < essay.lines[0] || drop.line > essay.lines[1])
					claim(essay.source, drop.line);
			}
			for (const copy of essay.alsoIn) {
				for (let n = copy.lines[0]; n <= copy.lines[1]; n++) claim(copy.source, n);
			}
		}
		const unclaimed: string[] = [];
		const twice: string[] = [];
		for (const seed of seeds) {
			seedLines(seed).forEach((text, i) => {
				const count = claims.get(`${seed}:${i + 1}`)?.length ?? 0;
				if (!isBlank(text) && count === 0) unclaimed.push(`${seed}:${i + 1}`);
				if (count > 1) twice.push(`${seed}:${i + 1}`);
			});
		}
		expect(unclaimed).toEqual([]);
		expect(twice).toEqual([]);
	});

	it('uses every seed file', () => {
		const seeds = readdirSync(SEEDS).filter((name) => name.endsWith('.txt'));
		expect(new Set(essays.map((essay) => essay.source))).toEqual(new Set(seeds));
	});
});
