/**
 * Holds the curation to its standard: every essay paragraph that mentions a year, a month or a
 * known event name is linked from an event or ignored in coverage.yaml with a reason, and no
 * ignore entry lingers for a paragraph an event now links.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageReport } from '../../src/lib/content/coverage-report';
import { loadContent } from '../../src/lib/content/load-content';
import { formatProblem } from '../../src/lib/content/problem';
import { readContentFiles } from '../../scripts/read-content-files';

const result = loadContent(readContentFiles(resolve(import.meta.dirname, '../..')));
if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
const report = coverageReport(result.content, result.coverage);

describe('coverage of the essays by events', () => {
	it('leaves no dated paragraph unlinked and unexplained', () => {
		const open = report.essays.flatMap(({ essay, paragraphs }) =>
			paragraphs
				.filter((paragraph) => paragraph.status === 'unlinked')
				.map(
					(paragraph) => `essays/${essay.id}.md:${paragraph.line} ${paragraph.text.slice(0, 60)}`
				)
		);
		expect(open).toEqual([]);
	});

	it('keeps no ignore entry for a paragraph an event links', () => {
		const stale = report.essays.flatMap(({ essay, staleIgnores }) =>
			staleIgnores.map((block) => `essays/${essay.id}.md:${essay.blocks[block]?.line}`)
		);
		expect(stale).toEqual([]);
	});

	it('gives every event a summary, a theme and an account', () => {
		for (const event of result.content.events) {
			expect(event.summary.trim(), event.id).not.toBe('');
			expect(event.themes.length, event.id).toBeGreaterThan(0);
			expect(event.accounts.length, event.id).toBeGreaterThan(0);
		}
	});
});
