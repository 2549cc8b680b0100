/** eras.yaml → the named periods shaded behind the timeline, in order and without overlaps. */
import { z } from 'zod';
import { parseHistoricalDate } from '../time/historical-date';
import type { Era } from './model';
import type { ContentProblem } from './problem';
import { schemaProblems } from './schema-problems';
import { readYaml } from './yaml-source';

const text = z.string().refine((value) => value.trim() !== '', { message: 'is empty' });

export const erasSchema = z.strictObject({
	eras: z.array(
		z.strictObject({
			id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not kebab-case'),
			label: text,
			date: z.union([z.string(), z.number()]).transform(String),
			description: text
		})
	)
});

export function parseEras(
	file: string,
	fileText: string
): { eras?: Era[]; problems: ContentProblem[] } {
	const source = readYaml(file, fileText);
	if (source.problems.length) return { problems: source.problems };
	const parsed = erasSchema.safeParse(source.data ?? {});
	if (!parsed.success) return { problems: schemaProblems(source, erasSchema, parsed.error.issues) };
	const problems: ContentProblem[] = [];
	const eras: Era[] = [];
	parsed.data.eras.forEach(({ id, label, date: dateText, description }, index) => {
		const date = parseHistoricalDate(dateText);
		if (!date.ok) {
			problems.push(
				source.problem(['eras', index, 'date'], date.problem.message, date.problem.hint)
			);
			return;
		}
		const previous = eras.at(-1);
		if (previous && date.value.startMs < previous.date.endMs) {
			problems.push(
				source.problem(
					['eras', index, 'date'],
					`era "${id}" starts before era "${previous.id}" ends`,
					'list eras in time order and make each start after the previous one ends'
				)
			);
			return;
		}
		eras.push({ id, label, description, date: date.value });
	});
	return problems.length ? { problems } : { eras, problems };
}
