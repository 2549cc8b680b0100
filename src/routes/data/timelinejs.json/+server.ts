import { json } from '@sveltejs/kit';
import { timelineJs } from '$lib/exports/timelinejs';
import { content } from '$lib/server/content';
import { siteUrls } from '$lib/server/urls';

export const prerender = true;

export function GET() {
	return json(timelineJs(content, 'The Russian Revolution and its accounts', siteUrls.event));
}
