/**
 * An essay as one plain-text document, for selectors that count characters from its start:
 * its blocks joined by blank lines, as they stand in the essay file below the front matter.
 * essayDocument(essay).offset(3, 10) → the position of character 10 of block 3.
 */
import type { Essay } from '../content/model';

export const BLOCK_SEPARATOR = '\n\n';

export function essayDocument(essay: Pick<Essay, 'blocks'>) {
	const starts: number[] = [];
	let at = 0;
	for (const block of essay.blocks) {
		starts.push(at);
		at += block.text.length + BLOCK_SEPARATOR.length;
	}
	return {
		text: essay.blocks.map((block) => block.text).join(BLOCK_SEPARATOR),
		offset: (block: number, char: number) => (starts[block] ?? 0) + char
	};
}
