/**
 * Finds the passage of an essay that a misquoted text most resembles, so the checker can show
 * the curator what the essay actually says.
 *
 * A window as long as the quote (in words) slides over each paragraph, scoring how many of the
 * quote's words it shares (as a multiset); the window is updated word by word, so the search is
 * linear in the essay's length. Word order is ignored: enough to find the place, not to align it.
 */
import type { EssayBlock } from './model';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

interface Word {
	text: string;
	start: number;
	end: number;
}

function words(text: string): Word[] {
	return [...text.matchAll(WORD)].map((match) => ({
		text: match[0].toLowerCase().replace(/’/g, "'"),
		start: match.index,
		end: match.index + match[0].length
	}));
}

export interface Passage {
	block: number;
	start: number;
	end: number;
	/** Share of the quote's words found in the passage, 0–1. */
	score: number;
}

/** closestPassage(blocks, 'the workers rose up in Octobr') → {block: 3, start: 120, end: 151, score: 0.8} */
export function closestPassage(blocks: readonly EssayBlock[], quote: string): Passage | undefined {
	const wanted = new Map<string, number>();
	const quoteWords = words(quote);
	for (const { text } of quoteWords) wanted.set(text, (wanted.get(text) ?? 0) + 1);
	if (!quoteWords.length) return undefined;

	let best: Passage | undefined;
	blocks.forEach((block, index) => {
		const found = words(block.text);
		const size = Math.min(quoteWords.length, found.length);
		const have = new Map<string, number>();
		let shared = 0;
		const add = (word: string, delta: number) => {
			const before = have.get(word) ?? 0;
			const limit = wanted.get(word) ?? 0;
			have.set(word, before + delta);
			shared += Math.min(before + delta, limit) - Math.min(before, limit);
		};
		for (let i = 0; i < found.length; i++) {
			add(found[i]!.text, 1);
			if (i >= size) add(found[i - size]!.text, -1);
			if (i < size - 1) continue;
			const score = shared / quoteWords.length;
			if (!best || score > best.score) {
				best = { block: index, start: found[i - size + 1]!.start, end: found[i]!.end, score };
			}
		}
	});
	if (!best || best.score === 0) return undefined;
	return trimToWanted(blocks[best.block]!.text, best, wanted);
}

/** Drops words at either end of the window that the quote does not have. */
function trimToWanted(text: string, passage: Passage, wanted: Map<string, number>): Passage {
	const inside = words(text.slice(passage.start, passage.end)).filter((word, i, all) => {
		const firstWanted = all.findIndex((w) => wanted.has(w.text));
		const lastWanted = all.findLastIndex((w) => wanted.has(w.text));
		return i >= firstWanted && i <= lastWanted;
	});
	const first = inside[0];
	const last = inside.at(-1);
	if (!first || !last) return passage;
	return { ...passage, start: passage.start + first.start, end: passage.start + last.end };
}
