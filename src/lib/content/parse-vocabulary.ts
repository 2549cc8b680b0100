/** vocabulary.yaml → the themes and regions events may use. */
import { vocabularySchema } from './schema';
import { schemaProblems } from './schema-problems';
import type { Region, VocabularyEntry } from './model';
import type { ContentProblem } from './problem';
import { readYaml } from './yaml-source';

export interface Vocabulary {
	themes: VocabularyEntry[];
	regions: Region[];
}

export function parseVocabulary(
	file: string,
	text: string
): { vocabulary?: Vocabulary; problems: ContentProblem[] } {
	const source = readYaml(file, text);
	if (source.problems.length) return { problems: source.problems };
	const parsed = vocabularySchema.safeParse(source.data ?? {});
	if (!parsed.success) {
		return { problems: schemaProblems(source, vocabularySchema, parsed.error.issues) };
	}
	const problems: ContentProblem[] = [];
	for (const list of ['themes', 'regions'] as const) {
		const seen = new Set<string>();
		parsed.data[list].forEach((entry, index) => {
			if (seen.has(entry.id)) {
				problems.push(
					source.problem([list, index, 'id'], `"${entry.id}" is listed twice`, 'remove the repeat')
				);
			}
			seen.add(entry.id);
		});
	}
	if (problems.length) return { problems };
	const regions = parsed.data.regions.map(({ old_style_until, ...entry }) => ({
		...entry,
		...(old_style_until ? { oldStyleUntil: old_style_until } : {})
	}));
	return { vocabulary: { themes: parsed.data.themes, regions }, problems };
}
