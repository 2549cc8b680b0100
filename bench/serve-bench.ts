/**
 * The bench's static server: one origin for our site, vis-timeline's page and the data.
 *
 * `npm run bench` starts it as its own process (`tsx bench/serve-bench.ts <port> <sizes>`), as a
 * real host would be: in the bench's own process its answers would wait on the Node event loop
 * that also drives Playwright, and that wait would count as page load time. Files are read once
 * and then answered from memory, so the disk does not take part either.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateEvents } from './generate-events';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml'
};

/** The file on disk behind a bench URL path, if any. */
export function benchFile(root: string, path: string): string | undefined {
	const vis = join(root, 'node_modules/vis-timeline');
	const fixed: Record<string, string> = {
		'/vis/': join(root, 'bench/vis-timeline.html'),
		'/vis/vis-timeline-graph2d.min.js': join(vis, 'standalone/umd/vis-timeline-graph2d.min.js'),
		'/vis/vis-timeline-graph2d.min.css': join(vis, 'styles/vis-timeline-graph2d.min.css')
	};
	const candidates = [
		fixed[path],
		join(root, 'build', path),
		join(root, 'build', `${path}.html`),
		join(root, 'build', path, 'index.html')
	];
	return candidates.find(
		(candidate) => candidate && existsSync(candidate) && statSync(candidate).isFile()
	);
}

/** Serves the built site, the bench data at /bench-data/<n>.json, and the vis-timeline page at /vis/. */
export function serveBench(root: string, sizes: number[], port: number): Server {
	const bodies = new Map<string, { type: string; body: Buffer | string }>(
		sizes.map((n) => [
			`/bench-data/${n}.json`,
			{ type: TYPES['.json']!, body: JSON.stringify(generateEvents(n)) }
		])
	);
	const answer = (path: string) => {
		if (!bodies.has(path)) {
			const file = benchFile(root, path);
			if (!file) return undefined;
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			bodies.set(path, { type, body: readFileSync(file) });
		}
		return bodies.get(path);
	};
	return createServer((request, response) => {
		const found = answer(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		if (!found) response.writeHead(404).end('not found');
		else response.writeHead(200, { 'content-type': found.type }).end(found.body);
	}).listen(port);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const [port, sizes] = process.argv.slice(2);
	serveBench(resolve(import.meta.dirname, '..'), sizes!.split(',').map(Number), Number(port));
}
