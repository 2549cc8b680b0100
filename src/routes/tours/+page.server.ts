import { content } from '$lib/server/content';

export function load() {
	return {
		tours: content.tours.map(({ id, title, intro, stops }) => ({ id, title, intro, stops: stops.length }))
	};
}
