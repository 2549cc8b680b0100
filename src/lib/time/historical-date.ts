/**
 * EDTF text in, calendar fields and UTC bounds out.
 *
 * Trap: `new Date('1917-11-07')` is midnight UTC but prints as 6 November west of Greenwich, and the
 * edtf package's own Date objects silently roll 1900-02-29 over to 1 March. So we take only the
 * parse tree from edtf, check the day against the calendar ourselves, and build UTC milliseconds
 * with setUTCFullYear (Date.UTC maps years 0–99 to 1900–1999).
 */
import { parse, type ParsedDate } from 'edtf';
import {
	daysInMonth,
	firstDay,
	lastDay,
	toEdtfText,
	type Calendar,
	type CalendarDate,
	type Precision
} from './calendar-date';
import { utcMs } from './utc';

export interface DateSpan {
	start: CalendarDate;
	/** The last endpoint of a span; absent for a point in time. */
	end?: CalendarDate;
}

export interface HistoricalDate extends DateSpan {
	edtf: string;
	/** UTC milliseconds of the first instant the date may mean (inclusive). */
	startMs: number;
	/** UTC milliseconds just after the last instant it may mean (exclusive). */
	endMs: number;
}

export interface DateProblem {
	message: string;
	hint: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: DateProblem };

const SYNTAX_HINT =
	'write YYYY, YYYY-MM or YYYY-MM-DD, a span as START/END, and add ? (uncertain) or ~ (approximate) after a date';
const PRECISIONS: Precision[] = ['year', 'month', 'day'];

/** Parses EDTF level 0/1 text into calendar fields, checking days against `calendar`. */
export function parseDateSpan(text: string, calendar: Calendar): Parsed<DateSpan> {
	let tree;
	try {
		tree = parse(text, { level: 1 });
	} catch (error) {
		const column = /col (\d+)/.exec(String(error))?.[1];
		const where = column ? ` (unexpected character at position ${column})` : '';
		return fail(`"${text}" is not an EDTF date${where}`, SYNTAX_HINT);
	}
	if (tree.type === 'Interval') {
		const [lower, upper] = tree.values;
		if (typeof lower !== 'object' || typeof upper !== 'object' || !lower || !upper) {
			return fail(`"${text}" is a span with an open or unknown end`, 'give both ends: START/END');
		}
		const start = toCalendarDate(lower, text, calendar);
		if (!start.ok) return start;
		const end = toCalendarDate(upper, text, calendar);
		if (!end.ok) return end;
		const startText = toEdtfText(firstDay(start.value));
		const endText = toEdtfText(lastDay(end.value, calendar));
		if (endText < startText) {
			return fail(
				`the span "${text}" ends before it starts`,
				'write the earlier date first: START/END'
			);
		}
		return { ok: true, value: { start: start.value, end: end.value } };
	}
	const start = toCalendarDate(tree, text, calendar);
	return start.ok ? { ok: true, value: { start: start.value } } : start;
}

/** parseHistoricalDate('1917-11') → {start: {year: 1917, month: 11, …}, startMs, endMs, …} */
export function parseHistoricalDate(text: string): Parsed<HistoricalDate> {
	const span = parseDateSpan(text, 'gregorian');
	if (!span.ok) return span;
	const { start, end } = span.value;
	const first = firstDay(start);
	const last = lastDay(end ?? start, 'gregorian');
	return {
		ok: true,
		value: {
			...span.value,
			edtf: text,
			startMs: utcMs(first.year, first.month, first.day),
			endMs: utcMs(last.year, last.month, last.day + 1)
		}
	};
}

function toCalendarDate(tree: ParsedDate, text: string, calendar: Calendar): Parsed<CalendarDate> {
	const unsupported =
		tree.type !== 'Date' ||
		tree.unspecified ||
		tree.timeZone !== undefined ||
		tree.values.length > 3;
	if (unsupported) {
		return fail(
			`"${text}" uses a form of EDTF this timeline does not show (season, unspecified digit X, long year or time of day)`,
			SYNTAX_HINT
		);
	}
	const [year = 0, month0, day] = tree.values;
	const month = month0 === undefined ? undefined : month0 + 1;
	if (month !== undefined && day !== undefined && day > daysInMonth(year, month, calendar)) {
		const other = calendar === 'gregorian' ? 'Old Style (Julian)' : 'New Style (Gregorian)';
		return fail(
			`${toEdtfText({ year, month, day })} does not exist in the ${calendar === 'gregorian' ? 'Gregorian' : 'Julian'} calendar`,
			`check the day; is it an ${other} date?`
		);
	}
	return {
		ok: true,
		value: {
			year,
			month,
			day,
			precision: PRECISIONS[tree.values.length - 1] ?? 'year',
			uncertain: Boolean(tree.uncertain),
			approximate: Boolean(tree.approximate)
		}
	};
}

function fail(message: string, hint: string): { ok: false; problem: DateProblem } {
	return { ok: false, problem: { message, hint } };
}
