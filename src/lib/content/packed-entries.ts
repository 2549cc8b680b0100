/**
 * The timeline's entries as the timeline page carries them: JSON of arrays, with each essay,
 * theme and region named once, whole days instead of milliseconds and dates as numbers. The page
 * holds them inline, where every byte is parsed twice (as HTML, then as JSON) before it hydrates;
 * as plain objects they weighed 151 KB, this way about 60 KB.
 */
import type { CalendarDate } from '../time/calendar-date';
import type { DateSpan } from '../time/historical-date';
import type { TimelineEntry } from './timeline-entry';

const DAY = 86_400_000;
const UNCERTAIN = 1;
const APPROXIMATE = 2;

/** Year, month (0 for none), day (0 for none), and the EDTF qualifiers as bits. */
type PackedDate = [number, number, number, number];
type PackedSpan = [PackedDate] | [PackedDate, PackedDate];
type PackedEntry = [
	id: string,
	title: string,
	startDay: number,
	endDay: number,
	date: PackedSpan,
	dateOs: PackedSpan | 0,
	place: string,
	region: number,
	themes: number[],
	essays: number[],
	contested: 0 | 1
];

interface Packed {
	regions: string[];
	themes: string[];
	essays: string[];
	entries: PackedEntry[];
}

/** Numbers each distinct name in order of first use. */
function dictionary() {
	const index = new Map<string, number>();
	return {
		names: () => [...index.keys()],
		of: (name: string) => {
			if (!index.has(name)) index.set(name, index.size);
			return index.get(name)!;
		}
	};
}

function packDate(date: CalendarDate, id: string): PackedDate {
	const flags = (date.uncertain ? UNCERTAIN : 0) | (date.approximate ? APPROXIMATE : 0);
	const packed: PackedDate = [date.year, date.month ?? 0, date.day ?? 0, flags];
	// The precision is not sent: it must follow from which fields there are.
	if (unpackDate(packed).precision !== date.precision) {
		throw new Error(`${id}: a date of ${date.precision} precision has the wrong fields`);
	}
	return packed;
}

function unpackDate([year, month, day, flags]: PackedDate): CalendarDate {
	const precision = day ? 'day' : month ? 'month' : 'year';
	return {
		year,
		...(month ? { month } : {}),
		...(day ? { day } : {}),
		precision,
		uncertain: (flags & UNCERTAIN) !== 0,
		approximate: (flags & APPROXIMATE) !== 0
	};
}

function packSpan(span: DateSpan, id: string): PackedSpan {
	const start = packDate(span.start, id);
	return span.end ? [start, packDate(span.end, id)] : [start];
}

function unpackSpan([start, end]: PackedSpan): DateSpan {
	return end ? { start: unpackDate(start), end: unpackDate(end) } : { start: unpackDate(start) };
}

/** Whole days since 1970 of a bound that falls on midnight UTC; anything else is a bug upstream. */
function days(ms: number, entry: TimelineEntry): number {
	if (ms % DAY !== 0) throw new Error(`${entry.id}: ${ms} is not midnight UTC`);
	return ms / DAY;
}

export function packEntries(entries: TimelineEntry[]): string {
	const regions = dictionary();
	const themes = dictionary();
	const essays = dictionary();
	const packed = entries.map((entry): PackedEntry => {
		return [
			entry.id,
			entry.title,
			days(entry.startMs, entry),
			days(entry.endMs, entry),
			packSpan(entry.date, entry.id),
			entry.dateOs ? packSpan(entry.dateOs, entry.id) : 0,
			entry.place ?? '',
			regions.of(entry.region),
			entry.themes.map(themes.of),
			entry.essays.map(essays.of),
			entry.contested ? 1 : 0
		];
	});
	const wire: Packed = {
		regions: regions.names(),
		themes: themes.names(),
		essays: essays.names(),
		entries: packed
	};
	return JSON.stringify(wire);
}

export function unpackEntries(text: string): TimelineEntry[] {
	const wire = JSON.parse(text) as Packed;
	return wire.entries.map(
		([id, title, startDay, endDay, date, dateOs, place, region, themes, essays, contested]) => ({
			id,
			title,
			startMs: startDay * DAY,
			endMs: endDay * DAY,
			span: date.length === 2,
			date: unpackSpan(date),
			...(dateOs ? { dateOs: unpackSpan(dateOs) } : {}),
			...(place ? { place } : {}),
			region: wire.regions[region]!,
			themes: themes.map((theme) => wire.themes[theme]!),
			essays: essays.map((essay) => wire.essays[essay]!),
			contested: contested === 1
		})
	);
}
