/**
 * A date as written in one calendar, to the precision it is known.
 *
 * Trap: the same fields mean different days in the Gregorian (New Style) and Julian (Old Style)
 * calendars, so a CalendarDate never carries a timestamp; only `historical-date.ts` turns a
 * Gregorian one into UTC milliseconds.
 */
export type Precision = 'year' | 'month' | 'day';

export interface CalendarDate {
	year: number;
	/** 1–12, when precision is month or day. */
	month?: number;
	/** 1–31, when precision is day. */
	day?: number;
	precision: Precision;
	/** EDTF `?`: the source is unsure of it. */
	uncertain: boolean;
	/** EDTF `~`: it is roughly right. */
	approximate: boolean;
}

export type Calendar = 'gregorian' | 'julian';

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `year` has a 29 February: every fourth year in the Julian calendar, fewer in the Gregorian. */
export function isLeapYear(year: number, calendar: Calendar): boolean {
	if (calendar === 'julian') return year % 4 === 0;
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** daysInMonth(1900, 2, 'julian') → 29; daysInMonth(1900, 2, 'gregorian') → 28 */
export function daysInMonth(year: number, month: number, calendar: Calendar): number {
	if (month === 2 && isLeapYear(year, calendar)) return 29;
	return MONTH_DAYS[month - 1] ?? 0;
}

/** The first day the date may mean, as plain fields: 1917-11 → 1917-11-01. */
export function firstDay(date: CalendarDate): { year: number; month: number; day: number } {
	return { year: date.year, month: date.month ?? 1, day: date.day ?? 1 };
}

/** The last day the date may mean: 1917-02 (Julian) → 1917-02-28. */
export function lastDay(
	date: CalendarDate,
	calendar: Calendar
): { year: number; month: number; day: number } {
	const month = date.month ?? 12;
	return { year: date.year, month, day: date.day ?? daysInMonth(date.year, month, calendar) };
}

/** toEdtfText({year: 1917, month: 3, precision: 'month'}) → '1917-03' */
export function toEdtfText(date: Pick<CalendarDate, 'year' | 'month' | 'day'>): string {
	const parts = [String(date.year).padStart(4, '0')];
	if (date.month !== undefined) parts.push(String(date.month).padStart(2, '0'));
	if (date.day !== undefined) parts.push(String(date.day).padStart(2, '0'));
	return parts.join('-');
}
