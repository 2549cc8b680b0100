import { json } from '@sveltejs/kit';
import { eventDetail } from '$lib/content/event-detail';
import { content, findEvent } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => content.events.map(({ id }) => ({ id }));

/** One event with its accounts and quotes in context, fetched by the timeline's panel. */
export const GET: RequestHandler = ({ params }) => json(eventDetail(content, findEvent(params.id)));
