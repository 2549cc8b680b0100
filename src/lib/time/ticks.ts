/**
 * Axis ticks that adapt to the zoom (decades → years → months → days), in the New Style or, for
 * the years Russia used it, the Old Style.
 *
 * Trap: in the Old Style the *positions* of events stay where they are; what moves are the
 * calendar's boundaries. 1 March 1917 O.S. is 14 March 1917 N.S., so an Old Style axis puts its
 * "Mar" tick 13 days to the right of the New Style one. New Style ticks come from d3-time's UTC
 * intervals; Old Style ticks are Julian boundaries converted to New Style positions.
 */
import { utcDay, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { enUS } from 'date-fns/locale';
import { daysInMonth } from './calendar-date';
import { utcMs } from './utc';
import { gregorianToJulian, julianToGregorian, type Ymd } from './julian';

export type TickUnit = 'year' | 'month' | 'day';
export type AxisCalendar = 'new' | 'old';

export interface TickStep {
	unit: TickUnit;
	every: number;
}

export interface Tick {
	ms: number;
	label: string;
	/** A tick that starts a larger unit (a decade, a year, a month), drawn stronger. */
	major: boolean;
}

const DAY = 86_400_000;
const STEPS: (TickStep & { days: number; spacing: number })[] = [
	{ unit: 'day', every: 1, days: 1, spacing: 52 },
	{ unit: 'day', every: 2, days: 2, spacing: 52 },
	{ unit: 'day', every: 7, days: 7, spacing: 52 },
	{ unit: 'month', every: 1, days: 30.44, spacing: 44 },
	{ unit: 'month', every: 3, days: 91.3, spacing: 44 },
	{ unit: 'month', every: 6, days: 182.6, spacing: 44 },
	{ unit: 'year', every: 1, days: 365.25, spacing: 44 },
	{ unit: 'year', every: 2, days: 730.5, spacing: 44 },
	{ unit: 'year', every: 5, days: 1826, spacing: 44 },
	{ unit: 'year', every: 10, days: 3652, spacing: 44 },
	{ unit: 'year', every: 20, days: 7305, spacing: 44 },
	{ unit: 'year', every: 50, days: 18262, spacing: 44 }
];

/** The finest step whose ticks stay at least a label apart: tickStep(1917…1918, 1000px) → 1 month. */
export function tickStep(startMs: number, endMs: number, widthPx: number): TickStep {
	const pxPerDay = widthPx / Math.max(1, (endMs - startMs) / DAY);
	const step = STEPS.find(({ days, spacing }) => days * pxPerDay >= spacing) ?? STEPS.at(-1)!;
	return { unit: step.unit, every: step.every };
}

function monthName(month: number): string {
	type Month = Parameters<typeof enUS.localize.month>[0];
	return enUS.localize.month((month - 1) as Month, { width: 'abbreviated' });
}

function label({ year, month, day }: Ymd, { unit }: TickStep): { label: string; major: boolean } {
	if (unit === 'year') return { label: String(year), major: year % 10 === 0 };
	if (unit === 'month') {
		return month === 1
			? { label: String(year), major: true }
			: { label: monthName(month), major: false };
	}
	if (day === 1 && month === 1) return { label: String(year), major: true };
	return { label: `${day} ${monthName(month)}`, major: day === 1 };
}

const INTERVALS: Record<TickUnit, CountableTimeInterval> = {
	year: utcYear,
	month: utcMonth,
	day: utcDay
};

function newStyleTicks(startMs: number, endMs: number, step: TickStep): Tick[] {
	const interval = INTERVALS[step.unit].every(step.every);
	if (!interval) return [];
	return interval.range(new Date(startMs), new Date(endMs + 1)).map((date) => ({
		ms: date.getTime(),
		...label(
			{ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() },
			step
		)
	}));
}

/** Julian calendar boundaries from `start` to `end` (Julian fields), as d3-time steps them. */
function* julianBoundaries(start: Ymd, end: Ymd, { unit, every }: TickStep): Generator<Ymd> {
	for (let year = start.year; year <= end.year; year++) {
		if (unit === 'year') {
			if (year % every === 0) yield { year, month: 1, day: 1 };
			continue;
		}
		for (let month = 1; month <= 12; month++) {
			if (unit === 'month') {
				if ((month - 1) % every === 0) yield { year, month, day: 1 };
				continue;
			}
			for (let day = 1; day <= daysInMonth(year, month, 'julian'); day += every) {
				yield { year, month, day };
			}
		}
	}
}

function oldStyleTicks(startMs: number, endMs: number, step: TickStep): Tick[] {
	const fields = (ms: number) => {
		const date = new Date(ms);
		return gregorianToJulian({
			year: date.getUTCFullYear(),
			month: date.getUTCMonth() + 1,
			day: date.getUTCDate()
		});
	};
	const ticks: Tick[] = [];
	for (const julian of julianBoundaries(fields(startMs), fields(endMs), step)) {
		const gregorian = julianToGregorian(julian);
		const ms = utcMs(gregorian.year, gregorian.month, gregorian.day);
		if (ms >= startMs && ms <= endMs) ticks.push({ ms, ...label(julian, step) });
	}
	return ticks;
}

/**
 * Day steps restart on the 1st of each month (as d3-time's do), so the 29th and the 1st can
 * land two days apart; the earlier of such a crowded pair is dropped.
 */
function spaced(ticks: Tick[], step: TickStep): Tick[] {
	if (step.unit !== 'day' || step.every === 1) return ticks;
	const least = step.every * 0.6 * DAY;
	return ticks.filter((tick, i) => {
		const next = ticks[i + 1];
		return !next || next.ms - tick.ms >= least;
	});
}

/**
 * Ticks for the visible window. With `calendar: 'old'`, the part before `oldStyleUntilMs`
 * (Russia's change of calendar) is labelled in the Old Style, the rest in the New.
 */
export function axisTicks(
	startMs: number,
	endMs: number,
	widthPx: number,
	calendar: AxisCalendar,
	oldStyleUntilMs: number
): Tick[] {
	const step = tickStep(startMs, endMs, widthPx);
	if (calendar === 'new' || startMs >= oldStyleUntilMs) {
		return spaced(newStyleTicks(startMs, endMs, step), step);
	}
	if (endMs < oldStyleUntilMs) return spaced(oldStyleTicks(startMs, endMs, step), step);
	return spaced(
		[
			...oldStyleTicks(startMs, oldStyleUntilMs - 1, step),
			...newStyleTicks(oldStyleUntilMs, endMs, step)
		],
		step
	);
}
