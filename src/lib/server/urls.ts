/** Site paths for the exports, with the deployment's base path. */
import { resolve } from '$app/paths';

export const siteUrls = {
	event: (id: string) => resolve('/events/[id]', { id }),
	essay: (id: string) => resolve('/essays/[id]', { id }),
	annotations: () => resolve('/data/annotations.jsonld')
};
