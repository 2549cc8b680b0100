/**
 * A static file server for the built site, as a school's web host would serve it: `/events/x`
 * answers build/events/x.html, a missing page answers 404. Each argument mounts a folder at a
 * path: `tsx scripts/serve-static.ts 4174 /=build /timeline=build-base`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.jsonld': 'application/ld+json',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

const [port, ...mounts] = process.argv.slice(2);
const folders = mounts
	.map((mount) => {
		const [at, folder] = mount.split('=') as [string, string];
		return { at: at.replace(/\/$/, ''), folder: resolve(folder) };
	})
	.sort((a, b) => b.at.length - a.at.length);

function fileFor(pathname: string): string | undefined {
	const mount = folders.find(({ at }) => pathname === at || pathname.startsWith(`${at}/`));
	if (!mount) return undefined;
	const inside = normalize(pathname.slice(mount.at.length) || '/');
	if (inside.includes('..')) return undefined;
	const base = join(mount.folder, inside);
	return [base, `${base}.html`, join(base, 'index.html')].find(
		(candidate) => existsSync(candidate) && statSync(candidate).isFile()
	);
}

createServer((request, response) => {
	const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
	const file = fileFor(pathname);
	if (!file) {
		response.writeHead(404, { 'content-type': TYPES['.html']! });
		response.end(
			'<!doctype html><title>Not found</title><p>Not found. <a href="/">Back to the timeline</a></p>'
		);
		return;
	}
	response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(response);
}).listen(Number(port), () =>
	console.log(`serving ${mounts.join(' ')} on http://localhost:${port}`)
);
