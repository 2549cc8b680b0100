/**
 * A static file server for the built site, as a school's web host would serve it: `/events/x`
 * answers build/events/x.html, a missing page answers the build's 404.html with status 404 (as
 * GitHub Pages, Netlify and most hosts can be told to). Each argument mounts a folder at a
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
		response.writeHead(404, { 'content-type': TYPES['.html']! });
		if (existsSync(notFound)) createReadStream(notFound).pipe(response);
		else response.end('<!doctype html><title>Not found</title><p>Not found.</p>');
		return;
	}
	response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(response);
}).listen(Number(port), () =>
	console.log(`serving ${mounts.join(' ')} on http://localhost:${port}`)
);
