/**
 * The timeline's state in the URL: `?event=kronstadt-rebellion&from=1920-09&to=1921-06`.
 * Anything that does not parse, or names no event, is dropped, so a strange link still opens
 * the default view rather than an error.
 */
import { daysInMonth, toEdtfText } from '../time/calendar-date';
import { utcMs } from '../time/utc';
import type { TimeWindow } from './viewport.svelte';

export interface UrlState {
	event?: string;
	/** The window to show: `from` is the start of its period, `to` the end of its. */
	window?: TimeWindow;
	calendar?: 'old';
	/** The list or the by-essay layout instead of the timeline. */
	view?: 'list' | 'essays';
	/** Show only the events this essay gives an account of. */
	essay?: string;
}

const DAY = 86_400_000;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * bounds('1920-09') → 1 September to 1 October 1920. A plain reader rather than the EDTF parser,
 * so the page does not ship a grammar for three shapes of date.
 */
function bounds(text: string | null): TimeWindow | undefined {
	const match = text ? DATE.exec(text) : null;
	if (!match) return undefined;
	const [year, month, day] = match.slice(1).map((part) => (part ? Number(part) : undefined));
	if (month !== undefined && (month < 1 || month > 12)) return undefined;
	if (day !== undefined && (day < 1 || day > daysInMonth(year!, month!, 'gregorian')))
		return undefined;
	const startMs = utcMs(year!, month ?? 1, day ?? 1);
	const endMs =
		day !== undefined
			? utcMs(year!, month!, day + 1)
			: month !== undefined
				? utcMs(year!, month + 1, 1)
				: utcMs(year! + 1, 1, 1);
	return { startMs, endMs };
}

/** readUrlState('?event=x&from=1920-09&to=1921-06') → {event: 'x', window: 1 Sep 1920 – 1 Jul 1921} */
export function readUrlState(
	params: URLSearchParams,
	isEvent: (id: string) => boolean,
	extent: TimeWindow,
	isEssay: (id: string) => boolean
): UrlState {
	const state: UrlState = {};
	const event = params.get('event');
	if (event && isEvent(event)) state.event = event;
	const from = bounds(params.get('from'));
	const to = bounds(params.get('to'));
	if (from && to && from.startMs < to.endMs) {
		const startMs = Math.max(from.startMs, extent.startMs);
		const endMs = Math.min(to.endMs, extent.endMs);
		if (startMs < endMs) state.window = { startMs, endMs };
	}
	if (params.get('calendar') === 'old') state.calendar = 'old';
	const view = params.get('view');
	if (view === 'list' || view === 'essays') state.view = view;
	const essay = params.get('essay');
	if (essay && isEssay(essay)) state.essay = essay;
	return state;
}

function dayText(ms: number): string {
	const date = new Date(ms);
	return toEdtfText({
		year: date.getUTCFullYear(),
		month: date.getUTCMonth() + 1,
		day: date.getUTCDate()
	});
}

function windowDays(window: TimeWindow): [string, string] {
	return [dayText(window.startMs), dayText(Math.max(window.startMs, window.endMs - DAY))];
}

/**
 * writeUrlState({event: 'x', window}) → 'event=x&from=1917-03-08&to=1917-11-19' (to: last day shown).
 * Without an event, a window showing the same days as `initial` is left out: the plain address
 * already opens it, and the page need not rewrite its own URL as soon as it loads.
 */
export function writeUrlState(state: UrlState, initial?: TimeWindow): string {
	const params = new URLSearchParams();
	if (state.event) params.set('event', state.event);
	const days = state.window && windowDays(state.window);
	const initialDays = initial && windowDays(initial);
	const isInitial = !state.event && days?.join() === initialDays?.join();
	if (days && !isInitial) {
		params.set('from', days[0]);
		params.set('to', days[1]);
	}
	if (state.calendar) params.set('calendar', state.calendar);
	if (state.view) params.set('view', state.view);
	if (state.essay) params.set('essay', state.essay);
	return params.toString();
}
