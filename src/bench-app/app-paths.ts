/**
 * `$app/paths` for the bench's own build, which has no SvelteKit: the one function the timeline's
 * components use, with the site's base path fixed at build time.
 */
declare const __SITE_BASE__: string;

export function resolve(route: string, params: Record<string, string> = {}): string {
	const path = route.replace(/\[(\w+)\]/g, (_, name: string) =>
		encodeURIComponent(params[name] ?? '')
	);
	return `${__SITE_BASE__}${path}`;
}
