/** The bench's static server: one origin for our site, vis-timeline's page and the data. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
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
	const data = new Map(
		sizes.map((n) => [`/bench-data/${n}.json`, JSON.stringify(generateEvents(n))])
	);
	return createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const json = data.get(path);
		if (json) {
			response.writeHead(200, { 'content-type': TYPES['.json']! }).end(json);
			return;
		}
		const file = benchFile(root, path);
		if (!file) {
			response.writeHead(404).end('not found');
			return;
		}
		response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	}).listen(port);
}
