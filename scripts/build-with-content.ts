/**
 * Builds the site from another content tree (the hostile fixture, generated benchmark content):
 * copies the app, without its content, into a scratch directory, puts the other tree where the
 * content goes, and runs the ordinary build there. The app itself never knows.
 *
 *   tsx scripts/build-with-content.ts <content dir> <output dir> [base path]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CONTENT_DIRECTORIES } from './read-content-files';
import { COVERAGE_FILE, ERAS_FILE, VOCABULARY_FILE } from '../src/lib/content/load-content';

const APP = [
	'src',
	'static',
	'package.json',
	'svelte.config.js',
	'vite.config.ts',
	'vite.bench.config.ts',
	'build-tools',
	'tsconfig.json'
];
const CONTENT = [...CONTENT_DIRECTORIES, VOCABULARY_FILE, ERAS_FILE, COVERAGE_FILE];

/** Builds into `output`; returns the build's exit status. */
export function buildWithContent(contentDir: string, output: string, basePath = ''): number {
	const project = resolve(import.meta.dirname, '..');
	const scratch = mkdtempSync(join(tmpdir(), 'timeline-build-'));
	try {
		for (const entry of APP)
			cpSync(join(project, entry), join(scratch, entry), { recursive: true });
		symlinkSync(join(project, 'node_modules'), join(scratch, 'node_modules'), 'dir');
		for (const entry of CONTENT) {
			const from = join(resolve(contentDir), entry);
			if (existsSync(from)) cpSync(from, join(scratch, entry), { recursive: true });
		}
		const env = { ...process.env, BUILD_DIR: resolve(output), BASE_PATH: basePath };
		for (const config of ['vite.config.ts', 'vite.bench.config.ts']) {
			const build = spawnSync('npx', ['vite', 'build', '-c', config], {
				cwd: scratch,
				stdio: 'inherit',
				env
			});
			if (build.status !== 0) return build.status ?? 1;
		}
		return 0;
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [contentDir, output, basePath] = process.argv.slice(2);
	if (!contentDir || !output) {
		console.error(
			'usage: tsx scripts/build-with-content.ts <content dir> <output dir> [base path]'
		);
		process.exit(2);
	}
	process.exit(buildWithContent(contentDir, output, basePath));
}
