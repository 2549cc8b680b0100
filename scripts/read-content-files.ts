/**
 * Reads a content tree from disk into the `{path: text}` map the loader takes: vocabulary.yaml,
 * eras.yaml, coverage.yaml and everything under events/, essays/ and tours/ (recursively, so a stray file is
 * reported, not skipped).
 * Dotfiles are left out, as Vite's import.meta.glob leaves them out.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
	COVERAGE_FILE,
	ERAS_FILE,
	VOCABULARY_FILE,
	type ContentFiles
} from '../src/lib/content/load-content';

export const CONTENT_DIRECTORIES = ['events', 'essays', 'tours'];

function walk(root: string, directory: string): string[] {
	const absolute = join(root, directory);
	if (!existsSync(absolute)) return [];
	return readdirSync(absolute, { withFileTypes: true })
		.filter((entry) => !entry.name.startsWith('.'))
		.flatMap((entry) => {
			const path = join(directory, entry.name);
			return entry.isDirectory() ? walk(root, path) : [path];
		});
}

export function readContentFiles(root: string): ContentFiles {
	const paths = CONTENT_DIRECTORIES.flatMap((directory) => walk(root, directory));
	for (const file of [VOCABULARY_FILE, COVERAGE_FILE, ERAS_FILE]) {
		if (existsSync(join(root, file))) paths.push(file);
	}
	return Object.fromEntries(
		paths.map((path) => [
			relative(root, join(root, path)).split('\\').join('/'),
			readFileSync(join(root, path), 'utf8')
		])
	);
}
