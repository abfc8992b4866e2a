import { readdirSync } from 'node:fs';
import { articlePath, personPath, quotePath, statementsPath, themePath } from '../../src/lib/paths';

/** Every HTML page a build wrote, as paths relative to its dist folder, sorted. */
export function builtPages(distDir: string): string[] {
	return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.sort();
}

/** The URL path a built page is served at: `articles/x/index.html` → `/articles/x/`, `404.html` → `/404.html`. */
export function urlPathOf(file: string): string {
	return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

/** One page of every kind the real site has, for checks that must cover each kind (axe, CSP). */
export const PAGE_KINDS: { kind: string; path: string; status: number }[] = [
	{ kind: 'home', path: '/', status: 200 },
	{ kind: 'article', path: articlePath('hegseth-tokyo-alliance'), status: 200 },
	{ kind: 'person', path: personPath('christopher-johnstone'), status: 200 },
	{ kind: 'themes index', path: '/themes/', status: 200 },
	{ kind: 'theme', path: themePath('alliance-credibility'), status: 200 },
	{ kind: 'statements index', path: statementsPath(), status: 200 },
	{ kind: 'search', path: '/search/', status: 200 },
	{ kind: 'share', path: quotePath('hegseth-tokyo-alliance', 'q-johnstone-unsettled'), status: 200 },
	{ kind: 'not found', path: '/no-such-page/', status: 404 },
];
