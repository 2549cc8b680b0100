/**
 * Resolves once `url` answers 200, for the scripts that start a static server beside them. It asks
 * with node:http rather than fetch, which refuses some ports outright (the bench's 4190 is on the
 * fetch standard's list of bad ports).
 */
import { get } from 'node:http';

function answers(url: string): Promise<boolean> {
	return new Promise((done) => {
		get(url, (response) => {
			response.resume();
			done(response.statusCode === 200);
		}).on('error', () => done(false));
	});
}

export async function waitForServer(url: string, attempts = 100): Promise<void> {
	for (let attempt = 0; attempt < attempts; attempt++) {
		if (await answers(url)) return;
		await new Promise((done) => setTimeout(done, 200));
	}
	throw new Error(`no server at ${url}`);
}
