/**
 * The synthetic data format `/bench` draws (`timeline-bench-events/1`), checked by hand rather
 * than with a schema library so the page ships only the timeline's own code.
 */
import type { TimelineEntry } from '../content/timeline-entry';
import type { CalendarDate } from '../time/calendar-date';
import { utcMs } from '../time/utc';

export const BENCH_SCHEMA = 'timeline-bench-events/1';

export interface BenchEvent {
	id: string;
	title: string;
	text?: string;
	category?: string;
	/** YYYY-MM-DD, proleptic Gregorian. */
	start: string;
	/** Present only for spans. */
	end?: string;
}

const DAY_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY = 86_400_000;

function day(text: unknown): CalendarDate | undefined {
	const match = typeof text === 'string' ? DAY_TEXT.exec(text) : null;
	if (!match) return undefined;
	const [year, month, dayOfMonth] = match.slice(1).map(Number) as [number, number, number];
	if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) return undefined;
	return { year, month, day: dayOfMonth, precision: 'day', uncertain: false, approximate: false };
}

/** parseBenchData({schema, n, events}) → the timeline's entries, or why the data is refused. */
export function parseBenchData(
	data: unknown
): { ok: true; entries: TimelineEntry[] } | { ok: false; error: string } {
	const value = data as { schema?: unknown; events?: unknown } | null;
	if (!value || value.schema !== BENCH_SCHEMA) {
		return { ok: false, error: `expected schema "${BENCH_SCHEMA}"` };
	}
	if (!Array.isArray(value.events)) return { ok: false, error: 'expected an "events" list' };
	const entries: TimelineEntry[] = [];
	for (const [index, raw] of (value.events as BenchEvent[]).entries()) {
		const start = day(raw?.start);
		const end = raw?.end === undefined ? undefined : day(raw.end);
		if (
			typeof raw?.id !== 'string' ||
			typeof raw.title !== 'string' ||
			!start ||
			(raw.end !== undefined && !end)
		) {
			return { ok: false, error: `event ${index} needs an id, a title and YYYY-MM-DD dates` };
		}
		const startMs = utcMs(start.year, start.month!, start.day!);
		const last = end ?? start;
		const endMs = utcMs(last.year, last.month!, last.day!) + DAY;
		if (endMs <= startMs) return { ok: false, error: `event ${index} ends before it starts` };
		entries.push({
			id: raw.id,
			title: raw.title,
			startMs,
			endMs,
			span: end !== undefined,
			date: end ? { start, end } : { start },
			region: 'world',
			themes: raw.category ? [raw.category] : [],
			essays: [],
			contested: false
		});
	}
	return { ok: true, entries: entries.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs) };
}
