/**
 * A static file server for the built site, as a school's web host would serve it: `/events/x`
 * answers build/events/x.html, a missing page answers the build's 404.html with status 404 (as
 * GitHub Pages, Netlify and most hosts can be told to), and text compressed with gzip, as every
 * host does. Each argument mounts a folder at a
 * path: `tsx scripts/serve-static.ts 4174 /=build /timeline=build-base`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
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

function mountOf(pathname: string) {
	return folders.find(({ at }) => pathname === at || pathname.startsWith(`${at}/`));
}

function fileFor(pathname: string): string | undefined {
	const mount = mountOf(pathname);
	if (!mount) return undefined;
	const inside = normalize(pathname.slice(mount.at.length) || '/');
	if (inside.includes('..')) return undefined;
	const base = join(mount.folder, inside);
	return [base, `${base}.html`, join(base, 'index.html')].find(
		(candidate) => existsSync(candidate) && statSync(candidate).isFile()
	);
}

/** The path asked for, or undefined when its percent-encoding is broken. */
function pathOf(url: string | undefined): string | undefined {
	try {
		return decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
	} catch {
		return undefined;
	}
}

createServer((request, response) => {
	const pathname = pathOf(request.url);
	const file = pathname === undefined ? undefined : fileFor(pathname);
	if (!file) {
		const notFound = join((mountOf(pathname ?? '/') ?? folders.at(-1))?.folder ?? '.', '404.html');
		if (existsSync(notFound)) send(request, response, 404, notFound);
		else response.writeHead(404).end('Not found');
		return;
	}
	send(request, response, 200, file);
}).listen(Number(port), () =>
	console.log(`serving ${mounts.join(' ')} on http://localhost:${port}`)
);

function send(request: IncomingMessage, response: ServerResponse, status: number, file: string) {
	const type = TYPES[extname(file)] ?? 'application/octet-stream';
	const compress =
		/gzip/.test(String(request.headers['accept-encoding'])) && !/^image\/png/.test(type);
	response.writeHead(status, {
		'content-type': type,
		vary: 'accept-encoding',
		...(compress ? { 'content-encoding': 'gzip' } : {})
	});
	const body = createReadStream(file);
	if (compress) body.pipe(createGzip()).pipe(response);
	else body.pipe(response);
}
