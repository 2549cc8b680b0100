/**
 * `npm run coverage:content`: per essay, the paragraphs that mention a year, a month or a known
 * event name but that no event links to (or coverage.yaml ignores with a reason), the share that
 * are linked, and the events only one essay gives an account of.
 * `--strict` exits non-zero while any such paragraph is left unlinked and unignored.
 */
import { resolve } from 'node:path';
import { coverageReport } from '../src/lib/content/coverage-report';
import { loadContent } from '../src/lib/content/load-content';
import { formatProblem } from '../src/lib/content/problem';
import { readContentFiles } from './read-content-files';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const root = resolve(args.find((arg) => !arg.startsWith('--')) ?? '.');
const result = loadContent(readContentFiles(root));
if (!result.ok) {
	for (const problem of result.problems) console.error(formatProblem(problem));
	console.error('\nFix the content problems first (npm run check:content).');
	process.exit(1);
}

const percent = (part: number, whole: number) => (whole ? Math.round((100 * part) / whole) : 100);
const excerpt = (text: string) => (text.length > 110 ? `${text.slice(0, 109)}…` : text);
const report = coverageReport(result.content, result.coverage);
let dated = 0;
let linked = 0;
let ignored = 0;
let unlinked = 0;
for (const { essay, paragraphs, linked: own, ignored: skipped, staleIgnores } of report.essays) {
	const open = paragraphs.filter((paragraph) => paragraph.status === 'unlinked');
	dated += paragraphs.length;
	linked += own;
	ignored += skipped;
	unlinked += open.length;
	console.log(
		`\n${essay.id}: ${own}/${paragraphs.length} dated paragraphs linked (${percent(own, paragraphs.length)}%), ${skipped} ignored, ${open.length} open`
	);
	for (const paragraph of open) {
		console.log(
			`  essays/${essay.id}.md:${paragraph.line}  [${paragraph.cues.join(', ')}]  ${excerpt(paragraph.text)}`
		);
	}
	for (const block of staleIgnores) {
		console.log(
			`  essays/${essay.id}.md:${essay.blocks[block]?.line}  ignored in coverage.yaml but now linked: remove the ignore entry`
		);
	}
}
console.log(
	`\nTotal: ${linked}/${dated} dated paragraphs linked (${percent(linked, dated)}%), ${ignored} ignored with a reason, ${unlinked} open.`
);
console.log(
	`Events with a single account (${report.singleAccount.length}): look again for other essays that speak of them.`
);
for (const event of report.singleAccount) {
	console.log(`  events/${event.id}.yaml  ${event.title}  (${event.accounts[0]?.essay})`);
}
if (strict && unlinked > 0) process.exit(1);
