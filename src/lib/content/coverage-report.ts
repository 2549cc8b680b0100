/**
 * Which essay paragraphs mention a date or a named event, and whether an event links to each —
 * the curator's to-do list for complete coverage.
 */
import type { CoverageConfig } from './parse-coverage';
import type { Content, Essay, TimelineEvent } from './model';

const MONTHS =
	/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
const YEARS = /\b(?:18[5-9]\d|19\d\d|20\d\d)s?\b/g;

export interface DatedParagraph {
	block: number;
	line: number;
	text: string;
	/** What marks it as datable: years, months and event names it mentions. */
	cues: string[];
	status: 'linked' | 'ignored' | 'unlinked';
	reason?: string;
}

export interface EssayCoverage {
	essay: Essay;
	paragraphs: DatedParagraph[];
	linked: number;
	ignored: number;
	/** Ignore entries for paragraphs an event now links: they can go. */
	staleIgnores: number[];
}

export interface CoverageReport {
	essays: EssayCoverage[];
	/** Events only one essay gives an account of: worth a second look. */
	singleAccount: TimelineEvent[];
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** cuesIn('In March 1921 Kronstadt…', /Kronstadt/g) → ['1921', 'March', 'Kronstadt'] */
export function cuesIn(text: string, names: RegExp | null): string[] {
	const found = [...text.matchAll(YEARS), ...text.matchAll(MONTHS)].map((match) => match[0]);
	if (names) found.push(...[...text.matchAll(names)].map((match) => match[0]));
	return [...new Set(found)];
}

export function coverageReport(content: Content, config: CoverageConfig): CoverageReport {
	const names = config.names.length
		? new RegExp(`\\b(?:${config.names.map(escape).join('|')})\\b`, 'g')
		: null;
	const essays = content.essays.map((essay): EssayCoverage => {
		const linkedBlocks = new Set(
			content.events.flatMap((event) =>
				event.accounts
					.filter((account) => account.essay === essay.id)
					.flatMap((account) => account.quotes.map((quote) => quote.block))
			)
		);
		const ignores = config.ignored.filter((entry) => entry.essay === essay.id);
		const paragraphs = essay.blocks.flatMap((block, index): DatedParagraph[] => {
			if (block.kind !== 'paragraph' || block.section !== 'body') return [];
			const cues = cuesIn(block.text, names);
			if (!cues.length) return [];
			const ignore = ignores.find((entry) => entry.block === index);
			const status = linkedBlocks.has(index) ? 'linked' : ignore ? 'ignored' : 'unlinked';
			return [
				{ block: index, line: block.line, text: block.text, cues, status, reason: ignore?.reason }
			];
		});
		return {
			essay,
			paragraphs,
			linked: paragraphs.filter((p) => p.status === 'linked').length,
			ignored: paragraphs.filter((p) => p.status === 'ignored').length,
			staleIgnores: ignores
				.filter((entry) => linkedBlocks.has(entry.block))
				.map((entry) => entry.block)
		};
	});
	return { essays, singleAccount: content.events.filter((event) => event.accounts.length === 1) };
}
