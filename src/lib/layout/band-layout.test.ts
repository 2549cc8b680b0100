import { describe, expect, it } from 'vitest';
import { atZoom, layoutBand, visibleNodes, type BandLayout } from './band-layout';
import type { LevelOptions } from './cluster-levels';
import type { TimelineItem } from './timeline-item';

const DAY = 86_400_000;
const OPTIONS: LevelOptions = {
	rows: 2,
	gap: 4,
	clusterWidth: 30,
	minPxPerDay: 0.01,
	maxPxPerDay: 100,
	levelsPerDoubling: 3
};

function item(id: string, startDay: number, endDay = startDay + 1, span = false): TimelineItem {
	return { id, title: id, startMs: startDay * DAY, endMs: endDay * DAY, span };
}

describe('layoutBand', () => {
	it('sorts items by time and indexes them by id, leaving the input alone', () => {
		const input = [item('b', 20), item('a', 10), item('c', 10, 11)];
		const copy = structuredClone(input);
		const band = layoutBand(input, () => 40, 0, OPTIONS);
		expect(band.items.map((i) => i.id)).toEqual(['a', 'c', 'b']);
		expect(band.index.get('b')).toBe(2);
		expect(input).toEqual(copy);
	});
});

describe('visibleNodes', () => {
	const inView = (band: BandLayout, startMs: number, endMs: number, px: number, margin: number) =>
		visibleNodes(atZoom(band, px), startMs, endMs, px, margin);
	const points = Array.from({ length: 100 }, (_, i) => item(`p${i}`, i * 10));
	const band = layoutBand(points, () => 40, 0, OPTIONS);

	it('returns only nodes in the window plus the margin', () => {
		const nodes = inView(band, 300 * DAY, 400 * DAY, 10, 0);
		const ids = nodes.flatMap((node) => node.items.map((i) => i.id));
		expect(ids).toEqual([
			'p30',
			'p31',
			'p32',
			'p33',
			'p34',
			'p35',
			'p36',
			'p37',
			'p38',
			'p39',
			'p40'
		]);
		const withMargin = inView(band, 300 * DAY, 400 * DAY, 10, 100);
		expect(withMargin[0]!.items[0]!.id).toBe('p29');
	});

	it('folds everything into few clusters when zoomed far out', () => {
		const nodes = inView(band, 0, 1000 * DAY, 0.01, 0);
		expect(nodes.length).toBeLessThan(5);
		expect(nodes.reduce((sum, node) => sum + node.items.length, 0)).toBe(100);
		expect(nodes.some((node) => node.key.startsWith('cluster:'))).toBe(true);
	});

	it('keeps a bar that began before the window and reaches into it', () => {
		const spans = layoutBand(
			[item('war', 0, 1000, true), item('late', 900, 950, true)],
			() => 40,
			0,
			OPTIONS
		);
		const nodes = inView(spans, 500 * DAY, 600 * DAY, 5, 0);
		expect(nodes.map((node) => node.key)).toEqual(['war']);
		expect(nodes[0]!.endMs).toBe(1000 * DAY);
	});

	it('draws nothing for an empty band', () => {
		expect(
			inView(
				layoutBand([], () => 40, 0, OPTIONS),
				0,
				DAY,
				1,
				0
			)
		).toEqual([]);
	});
});
