/** What the timeline draws: an id, a label and a stretch of time. Pure data, from any source. */
export interface TimelineItem {
	id: string;
	title: string;
	/** First instant, UTC milliseconds. */
	startMs: number;
	/** Just after the last instant, UTC milliseconds. */
	endMs: number;
	/** Drawn as a bar in the band of spans, rather than a point. */
	span: boolean;
}

/** Time order: by start, then end, then id, so every layout is deterministic. */
export function byTime(a: TimelineItem, b: TimelineItem): number {
	return a.startMs - b.startMs || a.endMs - b.endMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
