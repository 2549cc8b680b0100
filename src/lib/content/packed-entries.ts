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

// The unpacking below indexes arrays and sets optional fields one by one, rather than
// destructuring and spreading: it runs once, while the page hydrates, before the browser has
// compiled it, and there the iterator behind each destructured array costs a call per element.

function unpackDate(packed: PackedDate): CalendarDate {
	const month = packed[1];
	const day = packed[2];
	const flags = packed[3];
	const date: CalendarDate = {
		year: packed[0],
		precision: day ? 'day' : month ? 'month' : 'year',
		uncertain: (flags & UNCERTAIN) !== 0,
		approximate: (flags & APPROXIMATE) !== 0
	};
	if (month) date.month = month;
	if (day) date.day = day;
	return date;
}

function packSpan(span: DateSpan, id: string): PackedSpan {
	const start = packDate(span.start, id);
	return span.end ? [start, packDate(span.end, id)] : [start];
}

function unpackSpan(packed: PackedSpan): DateSpan {
	const span: DateSpan = { start: unpackDate(packed[0]) };
	if (packed.length === 2) span.end = unpackDate(packed[1]);
	return span;
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
	const names = (list: string[], indices: number[]) => {
		const out: string[] = new Array(indices.length);
		for (let i = 0; i < indices.length; i++) out[i] = list[indices[i]!]!;
		return out;
	};
	const entries: TimelineEntry[] = new Array(wire.entries.length);
	for (let i = 0; i < entries.length; i++) {
		const packed = wire.entries[i]!;
		const entry: TimelineEntry = {
			id: packed[0],
			title: packed[1],
			startMs: packed[2] * DAY,
			endMs: packed[3] * DAY,
			span: packed[4].length === 2,
			date: unpackSpan(packed[4]),
			region: wire.regions[packed[7]]!,
			themes: names(wire.themes, packed[8]),
			essays: names(wire.essays, packed[9]),
			contested: packed[10] === 1
		};
		if (packed[5]) entry.dateOs = unpackSpan(packed[5]);
		if (packed[6]) entry.place = packed[6];
		entries[i] = entry;
	}
	return entries;
}
