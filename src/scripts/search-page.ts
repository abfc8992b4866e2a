import { formatDate } from '../lib/calendar';
import { statementsPath } from '../lib/paths';
import { FILTER_KEYS, type FilterKey } from '../lib/search-records';
import {
	loadPagefind,
	type FilterCounts,
	type Pagefind,
	type PagefindResult,
	type PagefindResultData,
	type PagefindSearch,
} from './pagefind';
import {
	ARTICLE_FILTERS,
	describeResults,
	isBlank,
	paramsFromState,
	searchesArticleText,
	searchTerm,
	statementFilters,
	stateFromParams,
	type SearchState,
} from './search-state';
import { matchedRuns, type TextRun } from './search-text';

/** Results shown at a time: statements are short; an article's text is long to load and to read past. */
const STATEMENTS_PER_PAGE = 20;
const ARTICLES_PER_PAGE = 5;
/** Long enough to let a word be typed whole before the search runs and the count is announced. */
const TYPING_PAUSE_MS = 300;
/** Words of article text shown around the first match; a statement is always shown whole. */
const ARTICLE_EXCERPT_WORDS = 40;

/**
 * One list of results on the page, shown a page at a time: the statements, or the articles whose own text matched.
 * Results render as text and `<mark>`s only, never as HTML: Pagefind returns content and metadata raw.
 */
class ResultList {
	#results: PagefindResult[] = [];
	#shown = 0;

	constructor(
		private readonly pageSize: number,
		private readonly section: HTMLElement,
		private readonly list: HTMLOListElement,
		private readonly more: HTMLButtonElement,
		private readonly render: (data: PagefindResultData) => HTMLLIElement,
	) {}

	get count(): number {
		return this.#results.length;
	}

	/** Replaces the list with the first page of `results`, unless `isCurrent` says a newer search overtook it. */
	async show(results: PagefindResult[], isCurrent: () => boolean): Promise<void> {
		const first = await this.#load(results, 0);
		if (!isCurrent()) return;
		this.#results = results;
		this.#shown = 0;
		this.list.replaceChildren();
		this.#append(first);
	}

	/** Adds the next page of results; returns the link of the first one added, for focus. */
	async showMore(): Promise<HTMLAnchorElement | undefined> {
		const results = this.#results;
		const next = await this.#load(results, this.#shown);
		if (results !== this.#results) return undefined;
		return this.#append(next)[0]?.querySelector('a') ?? undefined;
	}

	clear(): void {
		this.#results = [];
		this.#shown = 0;
		this.list.replaceChildren();
		this.section.hidden = true;
	}

	#load(results: PagefindResult[], from: number): Promise<PagefindResultData[]> {
		return Promise.all(results.slice(from, from + this.pageSize).map((result) => result.data()));
	}

	#append(batch: PagefindResultData[]): HTMLLIElement[] {
		const items = batch.map(this.render);
		this.list.append(...items);
		this.#shown += items.length;
		this.section.hidden = this.#results.length === 0;
		this.more.hidden = this.#shown >= this.#results.length;
		return items;
	}
}

/** The form and the status line of SearchForm.astro and SearchResults.astro, which the script drives. */
interface SearchPage {
	form: HTMLFormElement;
	query: HTMLInputElement;
	selects: Map<FilterKey, HTMLSelectElement>;
	status: HTMLElement;
	results: HTMLElement;
}

/**
 * Runs the search page: the form drives Pagefind, statements and article text are listed apart, and the search
 * lives in the address, so that it can be bookmarked, reloaded and gone back to.
 */
export function startSearchPage(): void {
	const page = findElements();
	const statements = resultList('results', STATEMENTS_PER_PAGE, renderStatement);
	const articles = resultList('articles', ARTICLES_PER_PAGE, renderArticle);
	page.form.hidden = false;

	let generation = 0;
	let typing: ReturnType<typeof setTimeout> | undefined;
	/** The control whose changes made the current history entry: more changes to it replace the entry. */
	let lastSource: string | undefined;

	const run = async (state: SearchState) => {
		const current = ++generation;
		const isCurrent = () => current === generation;
		if (isBlank(state)) {
			statements.clear();
			articles.clear();
			page.results.removeAttribute('aria-busy');
			page.status.textContent = '';
			resetCounts(page);
			return;
		}
		page.results.setAttribute('aria-busy', 'true');
		let pagefind: Pagefind;
		try {
			pagefind = await loadPagefind();
		} catch {
			showUnavailable(page);
			return;
		}
		const term = searchTerm(state);
		const [found, articleText, counts] = await Promise.all([
			// A search by filters alone has no relevance to rank by: newest first.
			pagefind.search(term, { filters: statementFilters(state), ...(term === null && { sort: { date: 'desc' } }) }),
			searchesArticleText(state) ? pagefind.search(term, { filters: ARTICLE_FILTERS }) : null,
			facetCounts(pagefind, term, state),
		]);
		if (!found || !isCurrent()) return;
		await Promise.all([
			statements.show(found.results, isCurrent),
			articles.show(articleText?.results ?? [], isCurrent),
		]);
		if (!isCurrent()) return;
		updateCounts(page, { ...found.filters, ...counts });
		page.status.textContent = describeResults(state, { statements: statements.count, articles: articles.count });
		page.results.removeAttribute('aria-busy');
	};

	const record = (state: SearchState, source: string) => {
		const query = paramsFromState(state).toString();
		const url = `${location.pathname}${query ? `?${query}` : ''}`;
		if (url === `${location.pathname}${location.search}`) return;
		if (source === lastSource) history.replaceState(null, '', url);
		else history.pushState(null, '', url);
		lastSource = source;
	};

	const commit = (source: string) => {
		clearTimeout(typing);
		const state = readForm(page.form);
		record(state, source);
		void run(state);
	};

	page.form.addEventListener('focusin', () => void loadPagefind().catch(() => undefined), { once: true });
	page.query.addEventListener('input', () => {
		clearTimeout(typing);
		typing = setTimeout(() => commit('query'), TYPING_PAUSE_MS);
	});
	page.form.addEventListener('change', (event) => {
		const control = event.target as HTMLInputElement | HTMLSelectElement;
		if (control !== page.query) commit(control.name);
	});
	page.form.addEventListener('submit', (event) => {
		event.preventDefault();
		commit('query');
	});
	window.addEventListener('popstate', () => {
		lastSource = undefined;
		restore(page, run);
	});
	restore(page, run);
}

/** Puts the search in the address into the form and runs it. */
function restore(page: SearchPage, run: (state: SearchState) => Promise<void>): void {
	writeForm(page, stateFromParams(new URLSearchParams(location.search)));
	void run(readForm(page.form));
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function findElements(): SearchPage {
	const form = byId<HTMLFormElement>('search-form');
	return {
		form,
		query: form.elements.namedItem('q') as HTMLInputElement,
		selects: new Map(FILTER_KEYS.map((key) => [key, form.elements.namedItem(key) as HTMLSelectElement])),
		status: byId('search-status'),
		results: byId('search-output'),
	};
}

/** The list `search-<name>` of SearchResults.astro, with its section, item template and "show more" button. */
function resultList(
	name: string,
	pageSize: number,
	render: (template: HTMLTemplateElement, data: PagefindResultData) => HTMLLIElement,
) {
	const template = byId<HTMLTemplateElement>(`search-${name}-item`);
	const list = new ResultList(
		pageSize,
		byId(`search-${name}-section`),
		byId<HTMLOListElement>(`search-${name}`),
		byId<HTMLButtonElement>(`search-${name}-more`),
		(data) => render(template, data),
	);
	byId(`search-${name}-more`).addEventListener('click', async () => (await list.showMore())?.focus());
	return list;
}

/** The form's values read the way the address is, so that both go through one parser. */
function readForm(form: HTMLFormElement): SearchState {
	const params = new URLSearchParams();
	for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
	return stateFromParams(params);
}

function writeForm(page: SearchPage, state: SearchState): void {
	page.query.value = state.query;
	(page.form.elements.namedItem('exact') as HTMLInputElement).checked = state.exact;
	for (const [key, select] of page.selects) {
		select.value = state.filters[key] ?? '';
		// A value the site no longer offers (an old link) leaves the filter unset rather than blank.
		if (select.selectedIndex === -1) select.value = '';
	}
}

/**
 * How many statements each value of a chosen filter would give. Pagefind counts a value with every chosen filter
 * applied, its own included; choosing another value of a filter replaces the chosen one, so a filter that is set is
 * counted by a search without it. Filters not chosen are counted by the search itself.
 */
async function facetCounts(pagefind: Pagefind, term: string | null, state: SearchState): Promise<FilterCounts> {
	const chosen = FILTER_KEYS.filter((key) => state.filters[key]);
	const recounted = await Promise.all(
		chosen.map(async (key) => {
			const { [key]: _chosen, ...others } = state.filters;
			const search: PagefindSearch | null = await pagefind.search(term, {
				filters: statementFilters({ ...state, filters: others }),
			});
			return [key, search?.filters[key] ?? {}] as const;
		}),
	);
	return Object.fromEntries(recounted);
}

function updateCounts(page: SearchPage, counts: FilterCounts): void {
	for (const [key, select] of page.selects) {
		for (const option of select.options) {
			if (option.value) labelOption(option, counts[key]?.[option.value] ?? 0);
		}
	}
}

/** Back to the counts over every statement, rendered into the page by the build. */
function resetCounts(page: SearchPage): void {
	for (const select of page.selects.values()) {
		for (const option of select.options) {
			if (option.value) labelOption(option, Number(option.dataset.total));
		}
	}
}

function labelOption(option: HTMLOptionElement, count: number): void {
	option.textContent = `${option.dataset.label} (${count})`;
}

/** A statement: its words (matches marked) as the link to its passage, who said it, where and when. */
function renderStatement(template: HTMLTemplateElement, data: PagefindResultData): HTMLLIElement {
	const item = cloneItem(template);
	const direct = data.filters.kind?.[0] === 'direct';
	item.classList.add(direct ? 'search-result--direct' : 'search-result--reported');
	const link = slot<HTMLAnchorElement>(item, 'words');
	link.href = data.url;
	const runs = matchedRuns(data.content, data.locations);
	appendRuns(link, direct ? [{ text: '“', matched: false }, ...runs, { text: '”', matched: false }] : runs);
	slot(item, 'speaker').textContent = data.meta.speaker ?? '';
	slot(item, 'role').textContent = data.meta.role ? `, ${data.meta.role}` : '';
	slot(item, 'kind').textContent = direct ? 'Quoted in ' : 'Reported speech in ';
	slot(item, 'article').textContent = data.filters.article?.[0] ?? '';
	const date = data.filters.date?.[0];
	const time = slot<HTMLTimeElement>(item, 'date');
	if (date) {
		time.dateTime = date;
		time.textContent = formatDate(new Date(date));
	}
	return item;
}

/** A match in an article's own text: the words around it, and the article. */
function renderArticle(template: HTMLTemplateElement, data: PagefindResultData): HTMLLIElement {
	const item = cloneItem(template);
	const link = slot<HTMLAnchorElement>(item, 'words');
	link.href = data.url;
	appendRuns(link, matchedRuns(data.content, data.locations, ARTICLE_EXCERPT_WORDS));
	slot(item, 'article').textContent = data.meta.title ?? '';
	return item;
}

function cloneItem(template: HTMLTemplateElement): HTMLLIElement {
	return (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
}

function slot<T extends HTMLElement = HTMLElement>(item: HTMLElement, name: string): T {
	return item.querySelector(`[data-slot="${name}"]`) as T;
}

/** Text nodes and `<mark>` elements only: the raw content can hold anything, and it stays text. */
function appendRuns(parent: HTMLElement, runs: readonly TextRun[]): void {
	for (const run of runs) {
		if (!run.matched) {
			parent.append(run.text);
			continue;
		}
		const mark = document.createElement('mark');
		mark.className = 'search-match';
		mark.textContent = run.text;
		parent.append(mark);
	}
}

function showUnavailable(page: SearchPage): void {
	const link = document.createElement('a');
	link.href = statementsPath();
	link.textContent = 'browse every statement by speaker';
	page.status.replaceChildren('Search could not be loaded. You can ', link, ' instead.');
	page.results.removeAttribute('aria-busy');
}
