/**
 * `npm run check:content [root]`: loads every content file through the app's own loader and
 * prints every problem (file:line:column  field  what — how), or a one-line summary.
 */
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { loadContent } from '../src/lib/content/load-content';
import { formatProblem } from '../src/lib/content/problem';
import { readContentFiles } from './read-content-files';

const root = resolve(process.argv[2] ?? '.');
const started = performance.now();
const result = loadContent(readContentFiles(root));
const elapsed = Math.round(performance.now() - started);

if (!result.ok) {
	for (const problem of result.problems) console.error(formatProblem(problem));
	const count = result.problems.length;
	console.error(`\n${count} content problem${count === 1 ? '' : 's'}; nothing was built.`);
	process.exit(1);
}
const { events, essays, accounts, quotes } = result.stats;
console.log(
	`content ok: ${events} events, ${essays} essays, ${accounts} accounts, ${quotes} quotes in ${elapsed} ms`
);
