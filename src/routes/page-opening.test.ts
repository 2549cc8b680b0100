import { describe, expect, it, vi } from 'vitest';
import { layoutBandInSteps } from '$lib/layout/band-layout';
import { packEntries, unpackEntries } from '$lib/content/packed-entries';
import { timelineEntries, timelineFrame } from '$lib/server/timeline-data';
import { OPENING_HEIGHT, TimelineLayout } from '$lib/state/timeline-layout.svelte';
import { Viewport } from '$lib/state/viewport.svelte';
import { load } from './+page.server';

// The real layout, watched: the page is not to lay its bands out to draw the opening view.
vi.mock('$lib/layout/band-layout', async (importOriginal) => {
	const actual = await importOriginal<typeof import('$lib/layout/band-layout')>();
	return { ...actual, layoutBandInSteps: vi.fn(actual.layoutBandInSteps) };
});

describe('the timeline page opens from the levels its server load made', () => {
	it('draws the real events exactly as laying them out in the browser would', () => {
		const data = JSON.parse(JSON.stringify(load()));
		const entries = unpackEntries(packEntries(timelineEntries()));
		const { limits } = timelineFrame();
		const drawn = (opening: typeof data.opening) => {
			const layout = new TimelineLayout(
				new Viewport(limits),
				() => entries,
				() => OPENING_HEIGHT,
				opening
			);
			return [...layout.spanNodes, ...layout.pointNodes].map(
				(node) => `${node.key}@${node.row} ${node.startMs}-${node.endMs}`
			);
		};
		const before = vi.mocked(layoutBandInSteps).mock.calls.length;
		const fromLevels = drawn(data.opening);
		expect(vi.mocked(layoutBandInSteps).mock.calls.length).toBe(before);
		expect(fromLevels.length).toBeGreaterThan(10);
		expect(fromLevels).toEqual(drawn(undefined));
	});
});
