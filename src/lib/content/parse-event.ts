/** One event file → its fields checked against the schema, still in the words of the file. */
import { eventSchema, type EventFile } from './schema';
import { schemaProblems } from './schema-problems';
import type { ContentProblem } from './problem';
import { readYaml, type YamlSource } from './yaml-source';

export interface ParsedEvent {
	file: string;
	source: YamlSource;
	data?: EventFile;
	problems: ContentProblem[];
}

export function parseEvent(file: string, text: string): ParsedEvent {
	const source = readYaml(file, text);
	if (source.problems.length) return { file, source, problems: source.problems };
	const parsed = eventSchema.safeParse(source.data ?? {});
	if (!parsed.success) {
		return { file, source, problems: schemaProblems(source, eventSchema, parsed.error.issues) };
	}
	const fileId = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
	const problems =
		parsed.data.id === fileId
			? []
			: [
					source.problem(
						['id'],
						`id "${parsed.data.id}" differs from the file name "${fileId}"`,
						`rename the file to events/${parsed.data.id}.yaml or set id: ${fileId}`
					)
				];
	return { file, source, data: parsed.data, problems };
}
