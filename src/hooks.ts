/**
 * Trap: an address whose percent-encoding is broken (`/essays/%E0%A4%A`) makes the router's own
 * decoding throw before any page shows. Such an address names nothing, so it is routed to a path
 * no route matches, and the reader gets the not-found page instead of a blank one.
 */
import type { Reroute } from '@sveltejs/kit';

export const reroute: Reroute = ({ url }) => {
	try {
		decodeURI(url.pathname);
	} catch {
		return '/__malformed-address';
	}
};
