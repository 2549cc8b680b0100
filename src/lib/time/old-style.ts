/**
 * Checks an Old Style (Julian) date against the New Style (Gregorian) date of the same event.
 *
 * Trap: a month is not a month across calendars. February 1917 O.S. runs from 8 March to
 * 12 March N.S. plus the last days of February N.S., so month- and year-precision dates are
 * compared as overlapping ranges of days, and only day-precision dates must convert exactly.
 */
import { firstDay, lastDay, toEdtfText, type CalendarDate } from './calendar-date';
import type { DateProblem, DateSpan, HistoricalDate } from './historical-date';
import { gregorianToJulian, julianLagDays, julianToGregorian, type Ymd } from './julian';

/** Whether an event on `date` falls where the Old Style calendar was still in use. */
export function oldStyleApplies(date: HistoricalDate, oldStyleUntilMs: number | undefined) {
	return oldStyleUntilMs !== undefined && date.startMs < oldStyleUntilMs;
}

/** Whether the event needs a `date_os`: Old Style applies and the start is known to the month or day. */
export function oldStyleRequired(date: HistoricalDate, oldStyleUntilMs: number | undefined) {
	return oldStyleApplies(date, oldStyleUntilMs) && date.start.precision !== 'year';
}

/**
 * Null when `dateOs` names the same days as `date`, else what is wrong.
 * A span that runs past the calendar change takes only its start in Old Style.
 */
export function checkOldStyle(
	date: HistoricalDate,
	dateOs: DateSpan,
	oldStyleUntilMs: number
): DateProblem | null {
	const crossesChange = date.end !== undefined && date.endMs > oldStyleUntilMs;
	if (crossesChange) {
		if (dateOs.end) {
			return {
				message:
					'the span runs past the change to the New Style calendar, so only its start has an Old Style date',
				hint: `give date_os as a single date: ${expectedOldStyle(date.start)}`
			};
		}
		return compareEndpoint(date.start, dateOs.start);
	}
	if (Boolean(date.end) !== Boolean(dateOs.end)) {
		const shape = date.end ? 'a span' : 'a single date';
		return {
			message: `date is ${shape} but date_os is not`,
			hint: `give date_os as ${shape} too`
		};
	}
	return (
		compareEndpoint(date.start, dateOs.start) ??
		(date.end && dateOs.end ? compareEndpoint(date.end, dateOs.end) : null)
	);
}

function compareEndpoint(newStyle: CalendarDate, oldStyle: CalendarDate): DateProblem | null {
	if (newStyle.precision !== oldStyle.precision) {
		return {
			message: `date_os ${toEdtfText(oldStyle)} is given to the ${oldStyle.precision} but date ${toEdtfText(newStyle)} to the ${newStyle.precision}`,
			hint: `give both to the same precision: date_os ${expectedOldStyle(newStyle)}`
		};
	}
	const nsFirst = firstDay(newStyle);
	const nsLast = lastDay(newStyle, 'gregorian');
	const osFirst = julianToGregorian(firstDay(oldStyle));
	const osLast = julianToGregorian(lastDay(oldStyle, 'julian'));
	if (compareYmd(osFirst, nsLast) <= 0 && compareYmd(nsFirst, osLast) <= 0) return null;
	const lag = julianLagDays(nsFirst);
	const asNewStyle =
		newStyle.precision === 'day'
			? toEdtfText(osFirst)
			: `${toEdtfText(osFirst)}/${toEdtfText(osLast)}`;
	return {
		message: `date_os ${toEdtfText(oldStyle)} is ${asNewStyle} in the New Style, which does not match date ${toEdtfText(newStyle)}`,
		hint: `in ${nsFirst.year} the Old Style is ${lag} days behind: date_os should be ${expectedOldStyle(newStyle)}, or correct date`
	};
}

/** The Old Style text(s) that match a New Style date: 1917-11-07 → '1917-10-25'; 1917-11 → '1917-10 or 1917-11'. */
function expectedOldStyle(newStyle: CalendarDate): string {
	const first = gregorianToJulian(firstDay(newStyle));
	const last = gregorianToJulian(lastDay(newStyle, 'gregorian'));
	const keep = (ymd: Ymd) =>
		toEdtfText({
			year: ymd.year,
			month: newStyle.precision === 'year' ? undefined : ymd.month,
			day: newStyle.precision === 'day' ? ymd.day : undefined
		});
	const options = [...new Set([keep(first), keep(last)])];
	return options.join(' or ');
}

function compareYmd(a: Ymd, b: Ymd): number {
	return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The date_os to write for `date`: '1917-10-25', '1917-02-23/1917-02-27', or just the start of a span past the change. */
export function suggestOldStyle(date: HistoricalDate, oldStyleUntilMs: number): string {
	const start = expectedOldStyle(date.start);
	if (!date.end || date.endMs > oldStyleUntilMs) return start;
	return `${start}/${expectedOldStyle(date.end)}`;
}
