/** One essay file (YAML front matter + verbatim text) → an Essay, or the problems that stop it. */
import { essayFrontMatterSchema } from './schema';
import { schemaProblems } from './schema-problems';
import type { Essay, EssayBlock, EssaySection } from './model';
import type { ContentProblem } from './problem';
import { readYaml } from './yaml-source';

const FENCE = '---';

export interface ParsedEssay {
	essay?: Essay;
	problems: ContentProblem[];
}

/** Splits body lines into blocks at blank lines; `## ` starts a heading. */
function toBlocks(lines: string[], firstLine: number): EssayBlock[] {
	const blocks: EssayBlock[] = [];
	let current: { lines: string[]; line: number } | undefined;
	const flush = () => {
		if (!current) return;
		const raw = current.lines.join('\n');
		const heading = raw.startsWith('## ');
		blocks.push({
			kind: heading ? 'heading' : 'paragraph',
			text: heading ? raw.slice(3) : raw,
			section: 'body',
			line: current.line
		});
		current = undefined;
	};
	lines.forEach((line, i) => {
		if (line.trim() === '') return flush();
		current ??= { lines: [], line: firstLine + i };
		current.lines.push(line);
	});
	flush();
	return blocks;
}

export function parseEssay(file: string, text: string): ParsedEssay {
	const lines = text.split(/\r?\n/);
	const closing = lines.indexOf(FENCE, 1);
	if (lines[0] !== FENCE || closing < 0) {
		return {
			problems: [
				{
					file,
					line: 1,
					column: 1,
					field: '(file)',
					message: 'the essay has no front matter',
					hint: 'start the file with a line ---, the fields (id, title, titled, source, lines), and another line ---'
				}
			]
		};
	}
	const source = readYaml(file, lines.slice(1, closing).join('\n'), 2);
	if (source.problems.length) return { problems: source.problems };
	const parsed = essayFrontMatterSchema.safeParse(source.data ?? {});
	if (!parsed.success) {
		return { problems: schemaProblems(source, essayFrontMatterSchema, parsed.error.issues) };
	}
	const front = parsed.data;
	const blocks = toBlocks(lines.slice(closing + 1), closing + 2);
	const problems: ContentProblem[] = [];
	const fileId = file.replace(/^.*\//, '').replace(/\.md$/, '');
	if (front.id !== fileId) {
		problems.push(
			source.problem(
				['id'],
				`id "${front.id}" differs from the file name "${fileId}"`,
				`rename the file to essays/${front.id}.md or set id: ${fileId}`
			)
		);
	}
	if (front.lines[0] > front.lines[1]) {
		problems.push(
			source.problem(
				['lines'],
				`the first line ${front.lines[0]} comes after the last ${front.lines[1]}`,
				'write [first, last]'
			)
		);
	}
	if (front.part !== undefined && front.collection === undefined) {
		problems.push(
			source.problem(
				['part'],
				'part is given without a collection',
				'add collection: the name of the pamphlet or book, or remove part'
			)
		);
	}
	if ((front.perspective === undefined) !== (front.perspective_quote === undefined)) {
		const [has, lacks] =
			front.perspective === undefined
				? ['perspective_quote', 'perspective']
				: ['perspective', 'perspective_quote'];
		problems.push(
			source.problem(
				[has],
				`${has} is given without ${lacks}`,
				`add ${lacks}, or remove ${has}: a perspective is recorded only where the essay names it`
			)
		);
	}
	if (
		front.perspective_quote !== undefined &&
		!blocks.some((block) => block.text.includes(front.perspective_quote ?? ''))
	) {
		problems.push(
			source.problem(
				['perspective_quote'],
				'perspective_quote is not in the essay text',
				'copy the essay’s own words exactly'
			)
		);
	}
	if (!blocks.some((block) => block.kind === 'paragraph')) {
		problems.push({
			file,
			line: closing + 1,
			column: 1,
			field: '(body)',
			message: 'the essay has no text after its front matter',
			hint: 'paste the essay’s paragraphs below the closing ---, separated by blank lines'
		});
	}
	markBackMatter(blocks, front.back_matter ?? [], (index, message, hint) =>
		problems.push(source.problem(['back_matter', index, 'starts_at'], message, hint))
	);
	if (problems.length) return { problems };
	return {
		problems,
		essay: {
			id: front.id,
			title: front.title,
			titled: front.titled,
			collection: front.collection,
			part: front.part,
			source: front.source,
			lines: front.lines,
			perspective: front.perspective,
			perspectiveQuote: front.perspective_quote,
			dropped: front.dropped ?? [],
			alsoIn: front.also_in ?? [],
			blocks
		}
	};
}

/** Marks blocks from each `starts_at` on as that section; sections must follow one another. */
function markBackMatter(
	blocks: EssayBlock[],
	sections: { kind: EssaySection; starts_at: string }[],
	report: (index: number, message: string, hint: string) => void
) {
	let from = 0;
	sections.forEach(({ kind, starts_at }, index) => {
		const start = blocks.findIndex((block, i) => i >= from && block.text === starts_at);
		if (start < 0) {
			report(
				index,
				`no paragraph or heading "${starts_at}" found${from ? ' after the previous back matter section' : ''}`,
				'copy the first paragraph or heading of the section exactly, whole'
			);
			return;
		}
		for (let i = start; i < blocks.length; i++) {
			const block = blocks[i];
			if (block) block.section = kind;
		}
		from = start + 1;
	});
}
