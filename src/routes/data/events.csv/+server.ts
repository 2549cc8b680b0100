import { eventsCsv } from '$lib/exports/events-csv';
import { content } from '$lib/server/content';
import { siteUrls } from '$lib/server/urls';

export const prerender = true;

export function GET() {
	return new Response(eventsCsv(content, siteUrls.event), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
