import { describe, expect, it } from 'vitest';
import { clusterAt, clusterBoxes, drawClusters, type ClusterPen } from './drawn-clusters';

const colours = { cluster: '#445566', paper: '#fafaf5', fontFamily: 'serif' };

/** A pen that writes down what it is asked to draw. */
function recordingPen() {
	const calls: { name: string; args: unknown[] }[] = [];
	const pen = new Proxy({} as Record<string, unknown>, {
		get(target, name: string) {
			if (name in target) return target[name];
			return (...args: unknown[]) => calls.push({ name, args });
		},
		set(target, name: string, value) {
			target[name] = value;
			calls.push({ name: `${name}=`, args: [value] });
			return true;
		}
	});
	return { pen: pen as unknown as ClusterPen, calls };
}

describe('clusterBoxes', () => {
	it('places each cluster in its row, at least 28 px wide, its badge 4 px before its start', () => {
		const [wide, narrow] = clusterBoxes(
			[
				{ node: 'a', left: 100, right: 180, row: 0, count: 5 },
				{ node: 'b', left: 300, right: 302, row: 2, count: 123 }
			],
			'point',
			26
		);
		expect(wide).toMatchObject({ x: 100, y: 0, width: 80, height: 22, inset: -4, count: 5 });
		expect(narrow).toMatchObject({ x: 300, y: 52, width: 28, inset: -4, count: 123 });
		expect(narrow!.badge).toBeGreaterThan(wide!.badge);
	});

	it('keeps the badge of a cluster that began before the view on screen, never past its end', () => {
		const [into, nearlyGone] = clusterBoxes(
			[
				{ node: 'a', left: -50, right: 200, row: 0, count: 9 },
				{ node: 'b', left: -300, right: 20, row: 1, count: 9 }
			],
			'span',
			17
		);
		expect(into!.inset).toBe(46);
		expect(nearlyGone!.inset).toBe(290 - 4);
		expect(into!.y).toBe(1);
		expect(into!.height).toBe(15);
	});
});

describe('clusterAt', () => {
	const boxes = clusterBoxes(
		[
			{ node: 'first', left: 10, right: 100, row: 0, count: 2 },
			{ node: 'second', left: 90, right: 200, row: 0, count: 3 },
			{ node: 'below', left: 10, right: 100, row: 1, count: 4 }
		],
		'point',
		26
	);

	it('finds the cluster under a point, the one drawn last where two meet', () => {
		expect(clusterAt(boxes, 50, 10)?.node).toBe('first');
		expect(clusterAt(boxes, 95, 10)?.node).toBe('second');
		expect(clusterAt(boxes, 50, 30)?.node).toBe('below');
		expect(clusterAt(boxes, 7, 10)?.node).toBe('first');
	});

	it('finds nothing beside, between or below the clusters', () => {
		expect(clusterAt(boxes, 250, 10)).toBeUndefined();
		expect(clusterAt(boxes, 50, 23)).toBeUndefined();
		expect(clusterAt(boxes, 50, 60)).toBeUndefined();
		expect(clusterAt(boxes, 2, 10)).toBeUndefined();
	});
});

describe('drawClusters', () => {
	const boxes = clusterBoxes(
		[
			{ node: 'a', left: 10, right: 100, row: 0, count: 2 },
			{ node: 'b', left: 200, right: 260, row: 1, count: 31 }
		],
		'point',
		26
	);

	it('clears the canvas at its scale and draws each badge with its count', () => {
		const { pen, calls } = recordingPen();
		drawClusters(pen, boxes, 'point', colours, { width: 400, height: 52, scale: 2 });
		expect(calls[0]).toEqual({ name: 'setTransform', args: [2, 0, 0, 2, 0, 0] });
		expect(calls[1]).toEqual({ name: 'clearRect', args: [0, 0, 400, 52] });
		const texts = calls.filter((call) => call.name === 'fillText').map((call) => call.args[0]);
		expect(texts).toEqual(['2', '31']);
		const badges = calls.filter((call) => call.name === 'roundRect');
		expect(badges.map((call) => call.args[0])).toEqual([6, 196]);
		expect(calls.filter((call) => call.name === 'lineTo').map((call) => call.args)).toEqual([
			[100, 11],
			[260, 37]
		]);
	});

	it('draws span clusters as pale bars under their badges, in the page colours', () => {
		const { pen, calls } = recordingPen();
		const spans = clusterBoxes([{ node: 'a', left: 10, right: 100, row: 0, count: 7 }], 'span', 17);
		drawClusters(pen, spans, 'span', colours, { width: 400, height: 34, scale: 1 });
		expect(calls.filter((call) => call.name === 'roundRect')).toHaveLength(2);
		expect(calls).toContainEqual({ name: 'globalAlpha=', args: [0.22] });
		expect(calls).toContainEqual({ name: 'fillStyle=', args: ['#fafaf5'] });
		expect(calls.filter((call) => call.name === 'lineTo')).toHaveLength(0);
		expect(calls.find((call) => call.name === 'font=')?.args[0]).toBe('700 11px serif');
	});
});
