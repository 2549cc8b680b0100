import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { eagerCompileHints } from './build-tools/eager-compile-hints.ts';

export default defineConfig({
	plugins: [sveltekit(), eagerCompileHints()],
	build: {
		// Rolldown's plugin-timing report is noise in every build log; the build is seconds long.
		rolldownOptions: { checks: { pluginTimings: false } }
	},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
