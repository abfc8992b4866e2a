import { resolve } from 'node:path';

/**
 * Where the site's content lives and where its build goes. The real site uses ./content and ./dist.
 * Tests build fixture sites from the same code by setting CONTENT_DIR (their dist and cache go beside it),
 * and may send any build elsewhere with OUT_DIR and CACHE_DIR so that parallel builds never share a folder.
 */
export function siteContent(env: NodeJS.ProcessEnv = process.env) {
	const fixture = env.CONTENT_DIR || undefined;
	const contentDir = resolve(fixture ?? 'content');
	const siteDir = fixture ? resolve(contentDir, '..') : resolve('.');
	return {
		contentDir,
		outDir: resolve(env.OUT_DIR || resolve(siteDir, 'dist')),
		cacheDir: resolve(env.CACHE_DIR || (fixture ? resolve(siteDir, '.astro-cache') : resolve('node_modules/.astro'))),
	};
}
