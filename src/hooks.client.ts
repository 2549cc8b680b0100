/**
 * An unknown address is an everyday event on a static site (a mistyped or outdated link), not an
 * error: the not-found page says so, and nothing is logged. Anything else is logged for whoever
 * opens the console.
 */
import type { HandleClientError } from '@sveltejs/kit';

export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
