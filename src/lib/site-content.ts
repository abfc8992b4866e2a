import { resolve } from 'node:path';

/**
 * Where the site's content lives and where its build goes. The real site uses ./content and ./dist;
 * tests build fixture sites from the same code by setting CONTENT_DIR (and get their own dist and cache).
 */
export function siteContent(env: NodeJS.ProcessEnv = process.env) {
	const fixture = env.CONTENT_DIR;
	const contentDir = resolve(fixture ?? 'content');
	return {
		contentDir,
		outDir: fixture ? resolve(contentDir, '..', 'dist') : resolve('dist'),
		cacheDir: fixture ? resolve(contentDir, '..', '.astro-cache') : resolve('node_modules/.astro'),
	};
}
