/** The query parameter that carries the matched words to the article page, for highlighting there. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Pagefind's bundle, written into the built site by src/integrations/search-index.ts. */
const BUNDLE = '/pagefind/';

/** Filter name → value → how many results carry it. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What Pagefind returns for one result once its fragment is loaded. `content` and `meta` are raw text. */
export interface PagefindResultData {
	/** The result's address, with the highlight parameter added. */
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	/** Positions of the matched words among the content's words. */
	locations: number[];
}

/** A search result, whose data loads on demand. */
export interface PagefindResult {
	id: string;
	data: () => Promise<PagefindResultData>;
}

/** What a search returns. */
export interface PagefindSearch {
	results: PagefindResult[];
	/** For each filter value, how many results the search would have with that value required too. */
	filters: FilterCounts;
}

/** Filters and sort order for a search. */
export interface SearchOptions {
	/** Filter name → the value required, or `{ any: [...] }`; `not: {...}` excludes what it matches. */
	filters?: Record<string, unknown>;
	sort?: Record<string, 'asc' | 'desc'>;
}

/** The part of Pagefind's browser API (pagefind.js) the site uses. */
export interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	filters: () => Promise<FilterCounts>;
	search: (term: string | null, options?: SearchOptions) => Promise<PagefindSearch | null>;
}

let pagefind: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once per page, on demand: nothing of it is fetched until a reader shows they mean to search.
 * A failed load is forgotten, so that the next attempt tries again.
 */
export function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (async () => {
		const module = (await import(/* @vite-ignore */ `${BUNDLE}pagefind.js`)) as Pagefind;
		// Pagefind searches in a web worker (12 KB gzipped more on the first query): on a site of 100 articles a query
		// takes a fifth of a second, which would otherwise hold up the page (npm run bench).
		await module.options({ highlightParam: HIGHLIGHT_PARAM });
		await module.init();
		// Searches report filter counts only for filters whose index is loaded, and this loads them all.
		await module.filters();
		return module;
	})().catch((error: unknown) => {
		pagefind = undefined;
		throw error;
	});
	return pagefind;
}

/** Pagefind's highlighter, for the page a result leads to. */
export async function loadHighlighter(): Promise<new (options: Record<string, unknown>) => unknown> {
	const module = (await import(/* @vite-ignore */ `${BUNDLE}pagefind-highlight.js`)) as {
		default: new (options: Record<string, unknown>) => unknown;
	};
	return module.default;
}
