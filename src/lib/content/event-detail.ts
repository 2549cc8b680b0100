/**
 * Everything the reader sees about one event: its accounts with each quote set in a little of
 * its surrounding text, and each essay named. Used by the event page and the timeline's panel.
 */
import { essayMeta, type EssayMeta } from './essay-meta';
import { quoteAnchor } from './essay-passages';
import type { Content, TimelineEvent } from './model';

export interface QuoteInContext {
	text: string;
	/** The words just before the quote in its paragraph ('' at its start), cut at a word. */
	before: string;
	after: string;
	/** The quote's element id on the essay page. */
	anchor: string;
}

export interface AccountDetail {
	essay: EssayMeta;
	quotes: QuoteInContext[];
	datedAs?: string;
	note?: string;
}

export interface EventDetail {
	event: Omit<TimelineEvent, 'accounts'>;
	accounts: AccountDetail[];
	themes: string[];
	region: string;
}

const CONTEXT = 90;

/** around('a b c d e', 4, 5, 3) → {before: '…c ', after: ' e'} — whole words, at most `size` chars. */
export function around(text: string, start: number, end: number, size = CONTEXT) {
	let from = Math.max(0, start - size);
	if (from > 0) from = text.indexOf(' ', from) + 1 || start;
	let to = Math.min(text.length, end + size);
	if (to < text.length) {
		const cut = text.lastIndexOf(' ', to);
		to = cut > end ? cut : end;
	}
	return {
		before: (from > 0 ? '…' : '') + text.slice(from, start),
		after: text.slice(end, to) + (to < text.length ? '…' : '')
	};
}

export function eventDetail(content: Content, event: TimelineEvent): EventDetail {
	const label = (id: string, vocabulary: { id: string; label: string }[]) =>
		vocabulary.find((entry) => entry.id === id)?.label ?? id;
	const { accounts, ...rest } = event;
	return {
		event: rest,
		themes: event.themes.map((id) => label(id, content.themes)),
		region: label(event.region, content.regions),
		accounts: accounts.flatMap((account) => {
			const essay = content.essays.find((candidate) => candidate.id === account.essay);
			if (!essay) return [];
			return [
				{
					essay: essayMeta(essay),
					datedAs: account.datedAs,
					note: account.note,
					quotes: account.quotes.map((quote, index) => ({
						text: quote.text,
						...around(essay.blocks[quote.block]?.text ?? '', quote.start, quote.end),
						anchor: quoteAnchor(event.id, index)
					}))
				}
			];
		})
	};
}
