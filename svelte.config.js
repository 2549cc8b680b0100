import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BASE_PATH deploys the site under a sub-path, e.g. BASE_PATH=/timeline for
// https://school.example/timeline/ or a GitHub Pages project site.
const base = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		// BUILD_DIR lets the tests build a second copy (for a sub-path) beside the first.
		// 404.html: the page a host serves for an address that names nothing (see README, Deploying).
		adapter: adapter({
			strict: true,
			pages: process.env.BUILD_DIR ?? 'build',
			fallback: '404.html'
		}),
		paths: {
			base,
			// Absolute paths (with the base path) in every page and export, not ones relative to the page.
			relative: false
		},
		// A strict policy as a <meta> tag on every page: scripts only from the site itself (the inline
		// start-up script by its hash), no eval, no other origin for anything. Styles may be inline:
		// components set positions through style attributes. Hosts that can send headers should send
		// the same policy, with frame-ancestors (see README, Deploying).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// A broken link or a missing page must fail the build, never just warn. The one exception
			// is the bench's script folder, which vite.bench.config.ts builds after the site.
			handleHttpError: ({ path, message }) => {
				if (path.startsWith(`${base}/bench-app/`)) return;
				throw new Error(message);
			},
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail'
		}
	}
};

export default config;
