/**
 * coverage.yaml → the names the coverage report looks for, and the dated paragraphs curators
 * decided describe no event (each located by its opening words, with a reason).
 */
import { z } from 'zod';
import type { Essay } from './model';
import type { ContentProblem } from './problem';
import { schemaProblems } from './schema-problems';
import { readYaml } from './yaml-source';

const text = z.string().refine((value) => value.trim() !== '', { message: 'is empty' });

export const coverageSchema = z.strictObject({
	names: z.array(text),
	ignore: z.array(z.strictObject({ essay: text, starts: text, reason: text }))
});

export interface IgnoredParagraph {
	essay: string;
	block: number;
	reason: string;
}

export interface CoverageConfig {
	/** Event names that mark a paragraph as describing something datable. */
	names: string[];
	ignored: IgnoredParagraph[];
}

/** Parses coverage.yaml and locates each ignored paragraph in its essay. */
export function parseCoverage(
	file: string,
	fileText: string,
	essays: Map<string, Essay>
): { coverage?: CoverageConfig; problems: ContentProblem[] } {
	const source = readYaml(file, fileText);
	if (source.problems.length) return { problems: source.problems };
	const parsed = coverageSchema.safeParse(source.data ?? {});
	if (!parsed.success) {
		return { problems: schemaProblems(source, coverageSchema, parsed.error.issues) };
	}
	const problems: ContentProblem[] = [];
	const ignored = parsed.data.ignore.flatMap(({ essay: essayId, starts, reason }, index) => {
		const essay = essays.get(essayId);
		if (!essay) {
			problems.push(
				source.problem(
					['ignore', index, 'essay'],
					`unknown essay "${essayId}"`,
					'use the id of a file in essays/'
				)
			);
			return [];
		}
		const blocks = essay.blocks.flatMap((block, i) => (block.text.startsWith(starts) ? [i] : []));
		if (blocks.length !== 1) {
			const found = blocks.length ? `${blocks.length} paragraphs start` : 'no paragraph starts';
			problems.push(
				source.problem(
					['ignore', index, 'starts'],
					`${found} with “${starts}” in essay "${essayId}"`,
					'copy the opening words of exactly one paragraph'
				)
			);
			return [];
		}
		return [{ essay: essayId, block: blocks[0]!, reason }];
	});
	return problems.length
		? { problems }
		: { coverage: { names: parsed.data.names, ignored }, problems };
}
