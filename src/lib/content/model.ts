/** The validated content as the app sees it: every date parsed, every quote resolved. */
import type { DateSpan, HistoricalDate } from '../time/historical-date';

export type EssaySection = 'body' | 'reading' | 'notes';

export interface EssayBlock {
	kind: 'heading' | 'paragraph';
	/** The essay's words exactly, without the `## ` of a heading. */
	text: string;
	/** Body text, or back matter the UI sets apart: a reading list or notes. */
	section: EssaySection;
	/** Line in the essay file, for messages. */
	line: number;
}

export interface DroppedLine {
	line: number;
	text: string;
	reason: string;
}

export interface Essay {
	id: string;
	title: string;
	/** False when the source has no title and `title` is our description. */
	titled: boolean;
	collection?: string;
	part?: number;
	/** Seed file name and the first and last line of the essay in it. */
	source: string;
	lines: [number, number];
	perspective?: string;
	perspectiveQuote?: string;
	dropped: DroppedLine[];
	alsoIn: { source: string; lines: [number, number]; note: string }[];
	blocks: EssayBlock[];
}

/** A quote located in its essay: `blocks[block].text.slice(start, end) === text`. */
export interface ResolvedQuote {
	text: string;
	block: number;
	start: number;
	end: number;
}

export interface Account {
	essay: string;
	quotes: ResolvedQuote[];
	/** How the essay itself dates the event, verbatim. */
	datedAs?: string;
	/** Our note on where this account differs from standard history or other accounts. */
	note?: string;
}

export interface TimelineEvent {
	id: string;
	title: string;
	/** New Style (Gregorian). */
	date: HistoricalDate;
	/** Old Style (Julian), where it applies. */
	dateOs?: DateSpan;
	place?: string;
	region: string;
	summary: string;
	themes: string[];
	accounts: Account[];
}

export interface VocabularyEntry {
	id: string;
	label: string;
	description: string;
}

export interface Region extends VocabularyEntry {
	/** The first New Style day the region no longer used the Old Style, e.g. 1918-02-14. */
	oldStyleUntil?: string;
}

/** A named period shaded behind the timeline. */
export interface Era extends VocabularyEntry {
	date: HistoricalDate;
}

/** A teacher's path through the timeline. */
export interface Tour {
	id: string;
	title: string;
	intro: string;
	stops: {
		event: string;
		/** A prompt or question, in the teacher's words. */
		prompt?: string;
		/** The accounts to put forward (essay ids); all of them when absent. */
		accounts?: string[];
	}[];
}

export interface Content {
	/** In chronological order. */
	events: TimelineEvent[];
	/** Collections by part, then standalone essays by title. */
	essays: Essay[];
	themes: VocabularyEntry[];
	regions: Region[];
	/** In time order. */
	eras: Era[];
	/** By title. */
	tours: Tour[];
}
