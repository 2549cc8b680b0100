/**
 * The site's content, loaded once at build time through the same loader as `npm run check:content`.
 * Any problem stops the build with the checker's own messages; raw files never reach the client.
 */
import { error } from '@sveltejs/kit';
import { loadContent, type ContentFiles } from '$lib/content/load-content';
import type { Essay, TimelineEvent } from '$lib/content/model';
import { formatProblem } from '$lib/content/problem';

const raw: Record<string, string> = import.meta.glob(
	[
		'/events/**/*',
		'/essays/**/*',
		'/tours/**/*',
		'/vocabulary.yaml',
		'/eras.yaml',
		'/coverage.yaml'
	],
	{ query: '?raw', import: 'default', eager: true }
);
const files: ContentFiles = Object.fromEntries(
	Object.entries(raw).map(([path, text]) => [path.replace(/^\//, ''), text])
);

const result = loadContent(files);
if (!result.ok) {
	const report = result.problems.map(formatProblem).join('\n');
	throw new Error(`${result.problems.length} content problem(s):\n${report}`);
}

export const content = result.content;

const eventsById = new Map(content.events.map((event) => [event.id, event]));
const essaysById = new Map(content.essays.map((essay) => [essay.id, essay]));

/** The event with `id`, or a 404. */
export function findEvent(id: string): TimelineEvent {
	return eventsById.get(id) ?? error(404, `No event "${id}"`);
}

/** The essay with `id`, or a 404. */
export function findEssay(id: string): Essay {
	return essaysById.get(id) ?? error(404, `No essay "${id}"`);
}
