/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Keeps the whole site for offline use after one visit: on install it stores every built asset,
 * every prerendered page, export and the search index (and the data SvelteKit fetches when moving
 * between pages), under a cache named for this build; a new build stores its own and deletes the
 * old. Requests are answered from the store first, so the site works the same with no network.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `timeline-${version}`;

/** The data file SvelteKit fetches to move to a prerendered page without reloading. */
function dataFileOf(path: string): string {
	return `${path.replace(/\/$/, '')}/__data.json`;
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll([...build, ...files, ...prerendered]);
			// Not every page has a data file (endpoints have none), so these are stored where they exist.
			const pages = prerendered.filter((path) => !/\.[a-z]+$/.test(path));
			await Promise.allSettled(pages.map((path) => cache.add(dataFileOf(path))));
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages and their data are stored without a query: ?event=… is read by the page itself, and
			// SvelteKit marks which data it wants again (?x-sveltekit-invalidated=…) on the data file.
			const stored = await cache.match(event.request, {
				ignoreSearch: event.request.mode === 'navigate' || url.pathname.endsWith('/__data.json')
			});
			if (stored) return stored;
			try {
				const response = await fetch(event.request);
				if (response.ok && response.type === 'basic') cache.put(event.request, response.clone());
				return response;
			} catch (error) {
				const page = event.request.mode === 'navigate' ? await cache.match(`${base}/`) : undefined;
				if (page) return page;
				throw error;
			}
		})()
	);
});
