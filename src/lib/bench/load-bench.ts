/** From fetched bench data to what the /bench page draws: its events and the view they open on. */
import type { TimelineEntry } from '../content/timeline-entry';
import type { ViewportLimits } from '../state/viewport.svelte';
import { utcMs } from '../time/utc';
import { parseBenchData } from './bench-data';
import type { BenchFetch } from './fetch-bench-data';

export type BenchLoad = { entries: TimelineEntry[]; limits: ViewportLimits } | { problem: string };

export function loadBench(fetched: BenchFetch): BenchLoad {
	if ('problem' in fetched) return fetched;
	const parsed = parseBenchData(fetched.data);
	if (!parsed.ok) return { problem: `Refused: ${parsed.error}.` };
	if (!parsed.entries.length) return { problem: 'The data holds no events.' };
	return { entries: parsed.entries, limits: benchLimits(parsed.entries) };
}

/** The bench opens on all of its events; it can zoom out to the same extent as the site. */
export function benchLimits(entries: TimelineEntry[]): ViewportLimits {
	let startMs = Infinity;
	let endMs = -Infinity;
	for (const entry of entries) {
		startMs = Math.min(startMs, entry.startMs);
		endMs = Math.max(endMs, entry.endMs);
	}
	return {
		extent: { startMs: utcMs(1850, 1, 1), endMs: utcMs(2001, 1, 1) },
		initial: { startMs, endMs },
		minDays: 3
	};
}
