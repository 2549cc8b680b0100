/**
 * The passages of one essay that events quote, and a paragraph cut into runs of text so each
 * quoted run can be marked and linked back to its events, even where two quotes overlap.
 */
import type { TimelineEvent } from './model';

export interface PassageLink {
	event: Pick<TimelineEvent, 'id' | 'title' | 'date' | 'dateOs'>;
	/** The element id of the quote on the essay page, e.g. `kronstadt-rebellion-2`. */
	anchor: string;
	block: number;
	start: number;
	end: number;
}

export interface Segment {
	text: string;
	/** The quotes covering this run, in the order they start. */
	links: PassageLink[];
	/** Anchors of the quotes that begin with this run. */
	anchors: string[];
}

/** quoteAnchor('kronstadt-rebellion', 0) → 'kronstadt-rebellion-1' */
export function quoteAnchor(eventId: string, quoteIndex: number): string {
	return `${eventId}-${quoteIndex + 1}`;
}

/** Every quote that `events` take from essay `essayId`, in reading order. */
export function passageLinks(essayId: string, events: readonly TimelineEvent[]): PassageLink[] {
	return events
		.flatMap((event) =>
			event.accounts
				.filter((account) => account.essay === essayId)
				.flatMap((account) =>
					account.quotes.map((quote, index) => ({
						event: { id: event.id, title: event.title, date: event.date, dateOs: event.dateOs },
						anchor: quoteAnchor(event.id, index),
						block: quote.block,
						start: quote.start,
						end: quote.end
					}))
				)
		)
		.sort((a, b) => a.block - b.block || a.start - b.start || a.end - b.end);
}

/**
 * Cuts `text` at every quote boundary.
 * segmentParagraph('abcdef', [q(1, 3), r(2, 5)]) → 'a' · 'b'[q] · 'c'[q, r] · 'de'[r] · 'f'
 */
export function segmentParagraph(text: string, links: readonly PassageLink[]): Segment[] {
	const cuts = [...new Set([0, text.length, ...links.flatMap((link) => [link.start, link.end])])]
		.filter((cut) => cut >= 0 && cut <= text.length)
		.sort((a, b) => a - b);
	const segments: Segment[] = [];
	for (let i = 0; i < cuts.length - 1; i++) {
		const start = cuts[i]!;
		const end = cuts[i + 1]!;
		segments.push({
			text: text.slice(start, end),
			links: links.filter((link) => link.start <= start && link.end >= end),
			anchors: links.filter((link) => link.start === start).map((link) => link.anchor)
		});
	}
	return segments;
}
