import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		// BUILD_DIR lets the tests build a second copy (for a sub-path) beside the first.
		adapter: adapter({ strict: true, pages: process.env.BUILD_DIR ?? 'build' }),
		paths: {
			// BASE_PATH deploys the site under a sub-path, e.g. BASE_PATH=/timeline for
			// https://school.example/timeline/ or a GitHub Pages project site.
			base: process.env.BASE_PATH ?? '',
			// Absolute paths (with the base path) in every page and export, not ones relative to the page.
			relative: false
		},
		prerender: {
			// A broken link or a missing page must fail the build, never just warn.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail'
		}
	}
};

export default config;
