import { describe, expect, it } from 'vitest';
import { segmentParagraph, type PassageLink } from './essay-passages';

function link(anchor: string, start: number, end: number): PassageLink {
	const date = {
		edtf: '1921',
		start: { year: 1921, precision: 'year' as const, uncertain: false, approximate: false },
		startMs: 0,
		endMs: 1
	};
	return { event: { id: anchor, title: anchor, date }, anchor, block: 0, start, end };
}

const runs = (segments: ReturnType<typeof segmentParagraph>) =>
	segments.map((s) => [s.text, s.links.map((l) => l.anchor).join('+'), s.anchors.join('+')]);

describe('segmentParagraph', () => {
	const cases = [
		{ name: 'leaves a paragraph without quotes whole', links: [], expected: [['abcdef', '', '']] },
		{
			name: 'marks one quote in the middle',
			links: [link('q', 1, 3)],
			expected: [
				['a', '', ''],
				['bc', 'q', 'q'],
				['def', '', '']
			]
		},
		{
			name: 'splits overlapping quotes into runs covered by one or both',
			links: [link('q', 1, 3), link('r', 2, 5)],
			expected: [
				['a', '', ''],
				['b', 'q', 'q'],
				['c', 'q+r', 'r'],
				['de', 'r', ''],
				['f', '', '']
			]
		},
		{
			name: 'handles a quote of the whole paragraph',
			links: [link('q', 0, 6)],
			expected: [['abcdef', 'q', 'q']]
		},
		{
			name: 'handles a quote nested in another',
			links: [link('q', 0, 6), link('r', 2, 4)],
			expected: [
				['ab', 'q', 'q'],
				['cd', 'q+r', 'r'],
				['ef', 'q', '']
			]
		}
	];
	for (const { name, links, expected } of cases) {
		it(name, () => {
			expect(runs(segmentParagraph('abcdef', links))).toEqual(expected);
		});
	}

	it('reassembles the paragraph exactly and does not mutate the links', () => {
		const links = [link('q', 1, 3), link('r', 2, 5)];
		const copy = structuredClone(links);
		const segments = segmentParagraph('abcdef', links);
		expect(segments.map((s) => s.text).join('')).toBe('abcdef');
		expect(links).toEqual(copy);
	});
});
