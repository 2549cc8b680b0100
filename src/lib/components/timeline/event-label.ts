/** What a screen reader hears for an event marker: its title and its dates in both calendars. */
import { formatSpan } from '$lib/time/format-date';
import type { TimelineEntry } from '$lib/content/timeline-entry';
import type { AxisCalendar } from '$lib/time/ticks';

export function eventAccessibleName(entry: TimelineEntry, calendar: AxisCalendar): string {
	const newStyle = formatSpan(entry.date);
	if (!entry.dateOs) return `${entry.title}, ${newStyle}`;
	const oldStyle = formatSpan(entry.dateOs);
	return calendar === 'old'
		? `${entry.title}, ${oldStyle} Old Style (${newStyle} New Style)`
		: `${entry.title}, ${newStyle} (${oldStyle} Old Style)`;
}

/** The date to print beside an event in the chosen calendar. */
export function eventDateText(entry: TimelineEntry, calendar: AxisCalendar): string {
	return calendar === 'old' && entry.dateOs
		? `${formatSpan(entry.dateOs)} O.S.`
		: formatSpan(entry.date);
}
