/**
 * Builds the /bench page's script (src/bench-app/main.ts) into <build>/bench-app/: the timeline's
 * components with Svelte and d3 and nothing of SvelteKit's client, the way vis-timeline is
 * measured. Runs after the site's build (`npm run build`), which empties the build folder first.
 */
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { eagerCompileHints } from './build-tools/eager-compile-hints.ts';

const root = import.meta.dirname;
const base = process.env.BASE_PATH ?? '';

export default defineConfig({
	root,
	base: `${base}/bench-app/`,
	publicDir: false,
	plugins: [svelte({ compilerOptions: { css: 'injected' } }), eagerCompileHints()],
	define: { __SITE_BASE__: JSON.stringify(base) },
	resolve: {
		alias: {
			$lib: resolve(root, 'src/lib'),
			'$app/paths': resolve(root, 'src/bench-app/app-paths.ts')
		}
	},
	build: {
		outDir: resolve(root, process.env.BUILD_DIR ?? 'build', 'bench-app'),
		emptyOutDir: true,
		rolldownOptions: {
			checks: { pluginTimings: false },
			input: resolve(root, 'src/bench-app/main.ts'),
			// Fixed names: the /bench page, prerendered before this build, preloads draw.js and Vite's
			// preload helper (which main.js and draw.js share) by name.
			output: { entryFileNames: 'main.js', chunkFileNames: '[name].js' }
		}
	}
});
