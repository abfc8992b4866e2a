import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

/** Serves a built site on a free localhost port, as a static host would (404.html for missing pages). */
export async function serve(dir: string): Promise<StaticServer> {
	const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const notFound = sirv(dir, { dev: false });
	const server: Server = createServer((req, res) =>
		files(req, res, () => {
			res.statusCode = 404;
			req.url = '/404.html';
			notFound(req, res, () => res.end('Not found'));
		}),
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
