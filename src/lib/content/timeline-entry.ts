/** The light form of an event the timeline page ships: enough to draw, filter and label it. */
import type { TimelineItem } from '../layout/timeline-item';
import type { DateSpan } from '../time/historical-date';
import type { TimelineEvent } from './model';

export interface TimelineEntry extends TimelineItem {
	/** The calendar fields only: the bounds are `startMs` and `endMs`. */
	date: DateSpan;
	dateOs?: TimelineEvent['dateOs'];
	place?: string;
	region: string;
	themes: string[];
	/** Ids of the essays that give an account of it. */
	essays: string[];
	/** Some account carries a note on where it differs. */
	contested: boolean;
}

export function timelineEntry(event: TimelineEvent): TimelineEntry {
	const { id, title, date, dateOs, place, region, themes, accounts } = event;
	return {
		id,
		title,
		startMs: date.startMs,
		endMs: date.endMs,
		span: date.end !== undefined,
		date: date.end ? { start: date.start, end: date.end } : { start: date.start },
		...(dateOs ? { dateOs } : {}),
		...(place ? { place } : {}),
		region,
		themes,
		essays: accounts.map((account) => account.essay),
		contested: accounts.some((account) => account.note !== undefined)
	};
}
