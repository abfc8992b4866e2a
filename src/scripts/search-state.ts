import { FILTER_KEYS, STATEMENT_KINDS, type FilterKey } from '../lib/search-records';

/** What the reader asked for: it lives in the search page's address, so it can be bookmarked and shared. */
export interface SearchState {
	query: string;
	/** Match the query as one phrase, not as separate words. */
	exact: boolean;
	filters: Partial<Record<FilterKey, string>>;
}

/** Reads a search from the address's query string (`?q=…&exact=1&speaker=…`). */
export function stateFromParams(params: URLSearchParams): SearchState {
	const filters: SearchState['filters'] = {};
	for (const key of FILTER_KEYS) {
		const value = params.get(key)?.trim();
		if (value) filters[key] = value;
	}
	return { query: (params.get('q') ?? '').trim(), exact: params.get('exact') === '1', filters };
}

/** The query string for a search, leaving out whatever is not set. */
export function paramsFromState(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	if (state.exact && state.query) params.set('exact', '1');
	for (const key of FILTER_KEYS) {
		const value = state.filters[key];
		if (value) params.set(key, value);
	}
	return params;
}

/** True when there is nothing to search for: no words and no filter. */
export function isBlank(state: SearchState): boolean {
	return !state.query && Object.keys(state.filters).length === 0;
}

/**
 * The term to hand Pagefind: null for a search by filters alone. Pagefind matches a phrase only when the whole query
 * is quoted, so an exact search quotes it (dropping any quotation marks inside, which would end the phrase early).
 */
export function searchTerm(state: SearchState): string | null {
	if (!state.query) return null;
	return state.exact ? `"${state.query.replace(/["“”]/g, '')}"` : state.query;
}

/** Pagefind's filters for the statements a search asks for: any kind of statement, unless it names one. */
export function statementFilters(state: SearchState): Record<string, string | { any: string[] }> {
	return { kind: { any: [...STATEMENT_KINDS] }, ...state.filters };
}

/** Pagefind's filters for article pages: whatever is not a statement. */
export const ARTICLE_FILTERS = { not: { kind: { any: [...STATEMENT_KINDS] } } };

/** True when the words may be looked for in the articles' own text too: article pages carry none of the filters. */
export function searchesArticleText(state: SearchState): boolean {
	return state.query !== '' && Object.keys(state.filters).length === 0;
}

/** The sentence announced when results arrive: how many, for what. */
export function describeResults(state: SearchState, counts: { statements: number; articles: number }): string {
	const found = [
		plural(counts.statements, 'statement'),
		...(counts.articles > 0 ? [plural(counts.articles, 'article')] : []),
	].join(' and ');
	const query = state.query ? ` for ${state.exact ? 'the phrase ' : ''}“${state.query}”` : '';
	const filters = FILTER_KEYS.flatMap((key) => (state.filters[key] ? [`${key}: ${state.filters[key]}`] : []));
	const narrowed = filters.length > 0 ? ` (${filters.join('; ')})` : '';
	return `${found} found${query}${narrowed}.`;
}

const plural = (count: number, noun: string) => `${count === 0 ? 'No' : count} ${noun}${count === 1 ? '' : 's'}`;
