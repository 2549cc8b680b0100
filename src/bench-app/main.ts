/**
 * The /bench page's script: the timeline alone, mounted on a page SvelteKit renders without its
 * own client, as vis-timeline's bench page is the library alone (the page brings the site's
 * styles). It asks for the data first and loads the timeline's code meanwhile, so the two
 * downloads overlap. Built by vite.bench.config.ts; in `vite dev` the page loads this file as is.
 */
import { fetchBenchData } from '$lib/bench/fetch-bench-data';

const [fetched, { draw }] = await Promise.all([
	fetchBenchData(new URL(location.href), fetch),
	import('./draw')
]);
draw(document.getElementById('bench')!, fetched);
