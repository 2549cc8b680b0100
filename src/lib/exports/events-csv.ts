/**
 * All events as CSV (RFC 4180), one row each. Dates carry their calendar after them
 * ("1917-11-07 N.S."), so spreadsheets keep them as the text they are instead of turning
 * 1917 into a date they can neither show nor sort correctly.
 */
import type { Content } from '../content/model';
import { formatSpan } from '../time/format-date';
import { toEdtfText } from '../time/calendar-date';
import type { DateSpan } from '../time/historical-date';

export const CSV_COLUMNS = [
	'id',
	'title',
	'date_ns',
	'date_os',
	'date_label',
	'place',
	'region',
	'themes',
	'summary',
	'essays',
	'quotes',
	'url'
] as const;

function cell(value: string): string {
	return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** '1917-03-08/1917-03-16' for a span, as EDTF writes it. */
function spanText({ start, end }: DateSpan): string {
	const qualify = (text: string, date: DateSpan['start']) =>
		text +
		(date.uncertain && date.approximate ? '%' : date.uncertain ? '?' : date.approximate ? '~' : '');
	const first = qualify(toEdtfText(start), start);
	return end ? `${first}/${qualify(toEdtfText(end), end)}` : first;
}

export function eventsCsv(content: Content, eventUrl: (id: string) => string): string {
	const rows = content.events.map((event) => [
		event.id,
		event.title,
		`${spanText(event.date)} N.S.`,
		event.dateOs ? `${spanText(event.dateOs)} O.S.` : '',
		formatSpan(event.date),
		event.place ?? '',
		event.region,
		event.themes.join('; '),
		event.summary,
		event.accounts.map((account) => account.essay).join('; '),
		String(event.accounts.reduce((sum, account) => sum + account.quotes.length, 0)),
		eventUrl(event.id)
	]);
	return (
		[CSV_COLUMNS as readonly string[], ...rows].map((row) => row.map(cell).join(',')).join('\r\n') +
		'\r\n'
	);
}

/** Reads CSV written by eventsCsv back into rows of cells (quoted cells may hold commas, quotes, newlines). */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let value = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				value += '"';
				i++;
			} else if (char === '"') quoted = false;
			else value += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			row.push(value);
			value = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[i + 1] === '\n') i++;
			row.push(value);
			rows.push(row);
			row = [];
			value = '';
		} else value += char;
	}
	if (value || row.length) rows.push([...row, value]);
	return rows;
}
