import { describe, expect, it } from 'vitest';
import type { OutputBundle } from 'rolldown';
import { eagerCompileHints } from '../../build-tools/eager-compile-hints';

function run(ssr: boolean) {
	const bundle = {
		'chunks/a.js': { type: 'chunk', code: 'export const a = () => 1;' },
		'assets/a.css': { type: 'asset', source: '.a{}' }
	} as unknown as OutputBundle;
	const hook = (
		eagerCompileHints().generateBundle as {
			handler: (this: unknown, options: unknown, bundle: OutputBundle) => void;
		}
	).handler;
	hook.call({ environment: { config: { build: { ssr } } } }, {}, bundle);
	return bundle as unknown as Record<string, { code?: string; source?: string }>;
}

describe('eagerCompileHints', () => {
	it("puts V8's hint on the first line of every browser chunk, and only there", () => {
		const bundle = run(false);
		expect(bundle['chunks/a.js']!.code).toBe(
			'//# allFunctionsCalledOnLoad\nexport const a = () => 1;'
		);
		expect(bundle['assets/a.css']!.source).toBe('.a{}');
	});

	it("runs after Vite's own last rewriting of the chunks, which would put code above the hint", () => {
		expect(eagerCompileHints().generateBundle).toMatchObject({ order: 'post' });
	});

	it('leaves the server build alone', () => {
		expect(run(true)['chunks/a.js']!.code).toBe('export const a = () => 1;');
	});
});
