/**
 * Human labels for dates, built from calendar fields rather than Date objects, so the same text
 * comes out on the server and in every browser time zone, and Julian days such as 29 February
 * 1900 (which the Gregorian calendar lacks) print as written.
 */
import { enUS } from 'date-fns/locale';
import type { CalendarDate } from './calendar-date';
import type { DateSpan } from './historical-date';

function monthName(month: number): string {
	return enUS.localize.month((month - 1) as Parameters<typeof enUS.localize.month>[0]);
}

function qualify(text: string, date: CalendarDate): string {
	return `${date.approximate ? 'c. ' : ''}${text}${date.uncertain ? '?' : ''}`;
}

/** formatCalendarDate({year: 1917, month: 11, day: 7, precision: 'day', …}) → '7 November 1917' */
export function formatCalendarDate(date: CalendarDate): string {
	const parts = [date.day, date.month && monthName(date.month), date.year];
	return qualify(parts.filter((part) => part !== undefined).join(' '), date);
}

/**
 * formatSpan('1917-03-08/1917-03-15') → '8–15 March 1917';
 * formatSpan('1918-05/1920-11') → 'May 1918 – November 1920'
 */
export function formatSpan({ start, end }: DateSpan): string {
	if (!end) return formatCalendarDate(start);
	const plain = !start.uncertain && !start.approximate && !end.uncertain && !end.approximate;
	const sameYear = plain && start.year === end.year && start.precision === end.precision;
	if (sameYear && start.precision === 'day' && start.month === end.month) {
		return `${start.day}–${formatCalendarDate(end)}`;
	}
	if (sameYear && start.precision !== 'year') {
		const startText = formatCalendarDate(start).replace(` ${start.year}`, '');
		return `${startText} – ${formatCalendarDate(end)}`;
	}
	return `${formatCalendarDate(start)} – ${formatCalendarDate(end)}`;
}
