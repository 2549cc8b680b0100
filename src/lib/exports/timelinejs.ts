/**
 * All events in TimelineJS 3's JSON format (https://timeline.knightlab.com/docs/json-format.html),
 * for teachers who already use it. TimelineJS reads its text fields as HTML, so every piece of
 * our text is escaped; dates are New Style, with the Old Style named in the text.
 */
import type { Content, Era } from '../content/model';
import { formatSpan } from '../time/format-date';
import type { CalendarDate } from '../time/calendar-date';

export interface TimelineJsDate {
	year: number;
	month?: number;
	day?: number;
	display_date?: string;
}

export interface TimelineJsEvent {
	unique_id: string;
	start_date: TimelineJsDate;
	end_date?: TimelineJsDate;
	text: { headline: string; text: string };
	group?: string;
}

export interface TimelineJsDocument {
	title: { text: { headline: string; text: string } };
	events: TimelineJsEvent[];
	eras: { start_date: TimelineJsDate; end_date: TimelineJsDate; text: { headline: string } }[];
}

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function tjsDate(date: CalendarDate): TimelineJsDate {
	return {
		year: date.year,
		...(date.month ? { month: date.month } : {}),
		...(date.day ? { day: date.day } : {})
	};
}

export function timelineJs(
	content: Content,
	title: string,
	eventUrl: (id: string) => string
): TimelineJsDocument {
	return {
		title: {
			text: {
				headline: escapeHtml(title),
				text: escapeHtml(
					`${content.events.length} events and what ${content.essays.length} essays say about each. Dates are New Style (Gregorian).`
				)
			}
		},
		events: content.events.map((event) => {
			const oldStyle = event.dateOs ? ` (${formatSpan(event.dateOs)} Old Style)` : '';
			const essays = event.accounts.length;
			return {
				unique_id: event.id,
				start_date: {
					...tjsDate(event.date.start),
					display_date: escapeHtml(formatSpan(event.date) + oldStyle)
				},
				...(event.date.end ? { end_date: tjsDate(event.date.end) } : {}),
				text: {
					headline: escapeHtml(event.title),
					text: `<p>${escapeHtml(event.summary)}</p><p><a href="${escapeHtml(eventUrl(event.id))}">${essays} ${essays === 1 ? 'account' : 'accounts'} on the Russian Revolution Timeline</a></p>`
				},
				group: escapeHtml(
					content.regions.find((region) => region.id === event.region)?.label ?? event.region
				)
			};
		}),
		eras: content.eras.map((era: Era) => ({
			start_date: tjsDate(era.date.start),
			end_date: tjsDate(era.date.end ?? era.date.start),
			text: { headline: escapeHtml(era.label) }
		}))
	};
}
