import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../scripts/read-content-files';
import { coverageReport, cuesIn } from './coverage-report';
import { loadContent } from './load-content';

describe('cuesIn', () => {
	const cases = [
		{
			text: 'In March 1921 the sailors of Kronstadt rose.',
			expected: ['1921', 'March', 'Kronstadt']
		},
		{ text: 'the 1920s and 1930s', expected: ['1920s', '1930s'] },
		{ text: 'a quiet paragraph with no dates at all', expected: [] },
		{ text: 'Maybe 2,000 workers; page 1850', expected: ['1850'] },
		{ text: 'mayday may be in May', expected: ['May'] }
	];
	for (const { text, expected } of cases) {
		it(`finds ${JSON.stringify(expected)} in “${text}”`, () => {
			expect(cuesIn(text, /\bKronstadt\b/g)).toEqual(expected);
		});
	}
});

describe('coverageReport on the valid fixture', () => {
	const files = readContentFiles(
		join(import.meta.dirname, '../../../tests/fixtures/content/valid')
	);

	function report(coverageYaml?: string) {
		const result = loadContent(coverageYaml ? { ...files, 'coverage.yaml': coverageYaml } : files);
		if (!result.ok) throw new Error('fixture must load');
		return coverageReport(result.content, result.coverage);
	}

	it('counts every dated body paragraph linked when events quote them all', () => {
		const [essay] = report().essays;
		expect(essay?.paragraphs.map((p) => p.status)).toEqual(['linked', 'linked']);
		expect(essay?.linked).toBe(2);
	});

	it('lists a dated paragraph no event quotes as open, unless coverage.yaml ignores it', () => {
		// The fixture's tour stops at the event too, so it goes with it.
		const unlinked = Object.fromEntries(
			Object.entries(files).filter(
				([path]) => path !== 'events/october-insurrection.yaml' && !path.startsWith('tours/')
			)
		);
		const open = loadContent(unlinked);
		if (!open.ok) throw new Error('fixture must load');
		const [essay] = coverageReport(open.content, open.coverage).essays;
		expect(essay?.paragraphs.map((p) => p.status)).toEqual(['unlinked', 'linked']);

		const ignoring = loadContent({
			...unlinked,
			'coverage.yaml':
				'names: []\nignore:\n  - essay: sample-essay\n    starts: "On October 25"\n    reason: test\n'
		});
		if (!ignoring.ok) throw new Error('fixture must load');
		const [again] = coverageReport(ignoring.content, ignoring.coverage).essays;
		expect(again?.paragraphs.map((p) => [p.status, p.reason])).toEqual([
			['ignored', 'test'],
			['linked', undefined]
		]);
	});

	it('flags an ignore entry for a paragraph an event links as stale', () => {
		const [essay] = report(
			'names: []\nignore:\n  - essay: sample-essay\n    starts: "On October 25"\n    reason: test\n'
		).essays;
		expect(essay?.staleIgnores).toEqual([1]);
	});

	it('lists events with a single account', () => {
		expect(report().singleAccount.map((event) => event.id)).toEqual([
			'october-insurrection',
			'seattle-general-strike',
			'kronstadt-rebellion'
		]);
	});
});
