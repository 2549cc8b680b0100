/**
 * Text of a content file as the loader reads it. Trap: files arrive already decoded, and a decoder
 * turns bytes that are not UTF-8 into U+FFFD (�), silently; so every � is reported where it stands,
 * rather than shown on the site or matched by a quote. A leading byte-order mark is an encoding
 * marker, not text, and is dropped.
 *
 * fileText('events/x.yaml', '\uFEFFid: x') → { text: 'id: x', problems: [] }
 */
import type { ContentProblem } from './problem';

const MAX_REPORTED = 10;

export function fileText(file: string, raw: string): { text: string; problems: ContentProblem[] } {
	const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
	const problems: ContentProblem[] = [];
	if (!text.includes('\uFFFD')) return { text, problems };
	const lines = text.split(/\r\n|\r|\n/);
	for (const [index, line] of lines.entries()) {
		const column = line.indexOf('\uFFFD');
		if (column < 0) continue;
		problems.push({
			file,
			line: index + 1,
			column: column + 1,
			field: '(file)',
			message: 'holds bytes that are not UTF-8 (shown here as �)',
			hint: 'save the file as UTF-8 and retype the characters around this point'
		});
		if (problems.length === MAX_REPORTED) break;
	}
	return { text, problems };
}
