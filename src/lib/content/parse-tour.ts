/**
 * tours/<id>.yaml → a teacher's sequence of stops, each an event with an optional prompt and the
 * accounts to put forward, checked against the events and their accounts.
 */
import { z } from 'zod';
import type { TimelineEvent, Tour } from './model';
import type { ContentProblem } from './problem';
import { schemaProblems } from './schema-problems';
import { readYaml } from './yaml-source';

const text = z.string().refine((value) => value.trim() !== '', { message: 'is empty' });
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not kebab-case');

export const tourSchema = z.strictObject({
	id,
	title: text,
	intro: text,
	stops: z
		.array(
			z.strictObject({
				event: id,
				prompt: text.optional(),
				accounts: z.array(id).min(1).optional()
			})
		)
		.min(1)
});

export function parseTour(
	file: string,
	fileText: string,
	events: Map<string, TimelineEvent>
): { tour?: Tour; problems: ContentProblem[] } {
	const source = readYaml(file, fileText);
	if (source.problems.length) return { problems: source.problems };
	const parsed = tourSchema.safeParse(source.data ?? {});
	if (!parsed.success) return { problems: schemaProblems(source, tourSchema, parsed.error.issues) };
	const tour = parsed.data;
	const problems: ContentProblem[] = [];
	const fileId = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
	if (tour.id !== fileId) {
		problems.push(
			source.problem(
				['id'],
				`id "${tour.id}" differs from the file name "${fileId}"`,
				`rename the file to tours/${tour.id}.yaml or set id: ${fileId}`
			)
		);
	}
	tour.stops.forEach((stop, index) => {
		const event = events.get(stop.event);
		if (!event) {
			problems.push(
				source.problem(
					['stops', index, 'event'],
					`unknown event "${stop.event}"`,
					'use the id of a file in events/'
				)
			);
			return;
		}
		stop.accounts?.forEach((essay, which) => {
			if (!event.accounts.some((account) => account.essay === essay)) {
				const known = event.accounts.map((account) => account.essay).join(', ');
				problems.push(
					source.problem(
						['stops', index, 'accounts', which],
						`event "${stop.event}" has no account from essay "${essay}"`,
						`use one of ${known}`
					)
				);
			}
		});
	});
	return problems.length ? { problems } : { tour, problems };
}
