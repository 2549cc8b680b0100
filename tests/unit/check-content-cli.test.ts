import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/content');

function check(fixture: string) {
	return spawnSync(
		process.execPath,
		['--import', 'tsx', 'scripts/check-content.ts', join(FIXTURES, fixture)],
		{
			cwd: ROOT,
			encoding: 'utf8'
		}
	);
}

describe('npm run check:content', () => {
	it('prints a one-line summary with counts and time, and exits 0, on valid content', () => {
		const run = check('valid');
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(
			/^content ok: 3 events, 1 essays, 3 accounts, 3 quotes in \d+ ms\n$/
		);
	});

	it('prints every problem at once and exits non-zero on broken content', () => {
		const run = check('several-problems');
		expect(run.status).toBe(1);
		const lines = run.stderr.trim().split('\n');
		expect(
			lines.filter((line) => /^events\/\S+\.yaml:\d+:\d+ {2}\S+ {2}.+ — .+$/.test(line))
		).toHaveLength(3);
		expect(lines.at(-1)).toBe('3 content problems; nothing was built.');
	});
});

describe('the unit test environment', () => {
	it('runs in a time zone away from UTC, so local-time leaks show up as wrong days', () => {
		expect(new Date(Date.UTC(1917, 10, 7)).getTimezoneOffset()).not.toBe(0);
	});
});
