/**
 * Julian (Old Style) ↔ Gregorian (New Style) conversion through the Julian Day Number.
 *
 * Trap: the gap is not a constant 13 days. It grows by one day in every century year that is
 * leap in the Julian calendar but not in the Gregorian: 12 days from 1 March 1800 (Julian
 * 29 February 1800 exists), 13 days from 1 March 1900 until 2100. Algorithms from
 * https://en.wikipedia.org/wiki/Julian_day#Converting_Gregorian_calendar_date_to_Julian_Day_Number
 */
export interface Ymd {
	year: number;
	month: number;
	day: number;
}

function gregorianToJdn({ year, month, day }: Ymd): number {
	const a = Math.floor((14 - month) / 12);
	const y = year + 4800 - a;
	const m = month + 12 * a - 3;
	return (
		day +
		Math.floor((153 * m + 2) / 5) +
		365 * y +
		Math.floor(y / 4) -
		Math.floor(y / 100) +
		Math.floor(y / 400) -
		32045
	);
}

function julianToJdn({ year, month, day }: Ymd): number {
	const a = Math.floor((14 - month) / 12);
	const y = year + 4800 - a;
	const m = month + 12 * a - 3;
	return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
}

function jdnToGregorian(jdn: number): Ymd {
	const a = jdn + 32044;
	const b = Math.floor((4 * a + 3) / 146097);
	const c = a - Math.floor((146097 * b) / 4);
	return fromShiftedDay(c, 100 * b);
}

function jdnToJulian(jdn: number): Ymd {
	return fromShiftedDay(jdn + 32082, 0);
}

function fromShiftedDay(c: number, centuryYears: number): Ymd {
	const d = Math.floor((4 * c + 3) / 1461);
	const e = c - Math.floor((1461 * d) / 4);
	const m = Math.floor((5 * e + 2) / 153);
	return {
		day: e - Math.floor((153 * m + 2) / 5) + 1,
		month: m + 3 - 12 * Math.floor(m / 10),
		year: centuryYears + d - 4800 + Math.floor(m / 10)
	};
}

/** julianToGregorian({year: 1917, month: 10, day: 25}) → {year: 1917, month: 11, day: 7} */
export function julianToGregorian(date: Ymd): Ymd {
	return jdnToGregorian(julianToJdn(date));
}

/** gregorianToJulian({year: 1917, month: 11, day: 7}) → {year: 1917, month: 10, day: 25} */
export function gregorianToJulian(date: Ymd): Ymd {
	return jdnToJulian(gregorianToJdn(date));
}

/** The number of days the Julian calendar runs behind the Gregorian on a Gregorian day. */
export function julianLagDays(gregorian: Ymd): number {
	const julian = gregorianToJulian(gregorian);
	return gregorianToJdn(gregorian) - gregorianToJdn(julian);
}
