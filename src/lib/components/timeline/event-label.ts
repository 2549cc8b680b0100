/** What a screen reader hears for an event marker: its title and its dates in both calendars. */
import { formatSpan } from '$lib/time/format-date';
import type { TimelineEntry } from '$lib/content/timeline-entry';
import type { AxisCalendar } from '$lib/time/ticks';

// Markers re-render on every frame of a zoom; an entry's name only changes with the calendar.
const names = {
	new: new WeakMap<TimelineEntry, string>(),
	old: new WeakMap<TimelineEntry, string>()
};

export function eventAccessibleName(entry: TimelineEntry, calendar: AxisCalendar): string {
	let name = names[calendar].get(entry);
	if (name === undefined) {
		const newStyle = formatSpan(entry.date);
		const oldStyle = entry.dateOs && formatSpan(entry.dateOs);
		if (!oldStyle) name = `${entry.title}, ${newStyle}`;
		else if (calendar === 'old') {
			name = `${entry.title}, ${oldStyle} Old Style (${newStyle} New Style)`;
		} else name = `${entry.title}, ${newStyle} (${oldStyle} Old Style)`;
		if (entry.contested) name += '; the accounts disagree';
		names[calendar].set(entry, name);
	}
	return name;
}

/** The date to print beside an event in the chosen calendar. */
export function eventDateText(entry: TimelineEntry, calendar: AxisCalendar): string {
	return calendar === 'old' && entry.dateOs
		? `${formatSpan(entry.dateOs)} O.S.`
		: formatSpan(entry.date);
}
