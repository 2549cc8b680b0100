import { json } from '@sveltejs/kit';
import { content } from '$lib/server/content';

export const prerender = true;

/** Every event in our own model: dates parsed, quotes resolved to paragraph and offsets. */
export function GET() {
	const { events, essays, themes, regions, eras } = content;
	return json({
		schema: 'russian-revolution-timeline/1',
		events,
		essays: essays.map(({ blocks, ...essay }) => ({ ...essay, paragraphs: blocks.length })),
		themes,
		regions,
		eras
	});
}
