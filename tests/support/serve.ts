import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

/** Serves a built site on a free localhost port, as a static host would (404.html for missing pages). */
export async function serve(dir: string): Promise<StaticServer> {
	const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const server: Server = createServer((req, res) =>
		files(req, res, () => {
			// Sent by hand: sirv answers every file it sends with 200, which would hide a missing page.
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
			createReadStream(join(dir, '404.html'))
				.on('error', () => res.end('Not found'))
				.pipe(res);
		}),
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
