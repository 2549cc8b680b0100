/** Locates a quote in its essay: exactly once, or a problem that shows what the essay says. */
import { closestPassage } from './closest-passage';
import type { Essay, ResolvedQuote } from './model';

export type QuoteResolution =
	{ ok: true; value: ResolvedQuote } | { ok: false; message: string; hint: string };

const SHOWN = 160;

function shorten(text: string): string {
	return text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text;
}

/**
 * Folds the differences a copy-paste introduces (curly vs straight quotes, dashes, runs of
 * spaces, capitals), keeping for each folded character the index it came from.
 */
function fold(text: string): { folded: string; origin: number[] } {
	let folded = '';
	const origin: number[] = [];
	for (let i = 0; i < text.length; i++) {
		let char = text[i]!;
		if (/\s/.test(char)) {
			if (folded.endsWith(' ')) continue;
			char = ' ';
		}
		char = char
			.replace(/[‘’′]/, "'")
			.replace(/[“”″]/, '"')
			.replace(/[–—‐-]/, '-')
			.toLowerCase();
		folded += char;
		origin.push(i);
	}
	return { folded, origin };
}

function allIndexes(haystack: string, needle: string): number[] {
	const found: number[] = [];
	for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
		found.push(at);
	}
	return found;
}

export function resolveQuote(essay: Essay, quote: string, file: string): QuoteResolution {
	const hits = essay.blocks.flatMap((block, index) =>
		allIndexes(block.text, quote).map((start) => ({ block: index, start }))
	);
	if (hits.length === 1) {
		const [{ block, start }] = hits as [{ block: number; start: number }];
		return { ok: true, value: { text: quote, block, start, end: start + quote.length } };
	}
	if (hits.length > 1) {
		const lines = [...new Set(hits.map((hit) => essay.blocks[hit.block]!.line))];
		return {
			ok: false,
			message: `the quote occurs ${hits.length} times in essay "${essay.id}" (${file} line ${lines.join(', ')})`,
			hint: 'quote more of the passage so that it occurs exactly once'
		};
	}
	const wanted = fold(quote).folded;
	for (const block of essay.blocks) {
		const { folded, origin } = fold(block.text);
		const at = folded.indexOf(wanted);
		if (at < 0) continue;
		const actual = block.text.slice(origin[at], (origin[at + wanted.length - 1] ?? 0) + 1);
		return {
			ok: false,
			message: `the quote is not in essay "${essay.id}" exactly; ${file}:${block.line} has “${shorten(actual)}”`,
			hint: 'copy the essay’s own characters: its quotation marks, apostrophes, dashes, spaces and capitals'
		};
	}
	const passage = closestPassage(essay.blocks, quote);
	if (!passage) {
		return {
			ok: false,
			message: `the quote is not in essay "${essay.id}", and no passage resembles it`,
			hint: 'check the essay id, and copy the passage from the essay file'
		};
	}
	const block = essay.blocks[passage.block]!;
	return {
		ok: false,
		message: `the quote is not in essay "${essay.id}"; the closest passage is ${file}:${block.line} “${shorten(block.text.slice(passage.start, passage.end))}”`,
		hint: 'copy the essay’s exact words, or check the essay id'
	};
}
