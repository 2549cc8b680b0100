/** The real content, loaded as the build loads it, so specs assert against it instead of copies. */
import { resolve } from 'node:path';
import { loadContent } from '../../src/lib/content/load-content';
import { formatProblem } from '../../src/lib/content/problem';
import { readContentFiles } from '../../scripts/read-content-files';

const result = loadContent(readContentFiles(resolve(import.meta.dirname, '../..')));
if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));

export const content = result.content;

export function essayTitle(id: string): string {
	const essay = content.essays.find((candidate) => candidate.id === id);
	if (!essay) throw new Error(`no essay ${id}`);
	return essay.title;
}
