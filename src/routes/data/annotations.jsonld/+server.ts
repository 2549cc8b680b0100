import { webAnnotations } from '$lib/exports/web-annotations';
import { content } from '$lib/server/content';
import { siteUrls } from '$lib/server/urls';

export const prerender = true;

export function GET() {
	const collection = webAnnotations(content, {
		collection: siteUrls.annotations(),
		event: siteUrls.event,
		essay: siteUrls.essay
	});
	return new Response(JSON.stringify(collection), {
		headers: { 'content-type': 'application/ld+json; charset=utf-8' }
	});
}
