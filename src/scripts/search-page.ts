import { formatDate } from '../lib/calendar';
import { statementsPath } from '../lib/paths';
import { FILTER_KEYS, type FilterKey } from '../lib/search-records';
import {
	loadPagefind,
	type FilterCounts,
	type Pagefind,
	type PagefindResult,
	type PagefindResultData,
} from './pagefind';
import {
	describeResults,
	isBlank,
	paramsFromState,
	searchTerm,
	stateFromParams,
	type SearchState,
} from './search-state';
import { matchedRuns, type TextRun } from './search-text';

const PAGE_SIZE = 20;
/** Long enough to let a word be typed whole before the search runs and the count is announced. */
const TYPING_PAUSE_MS = 300;
/** Words of article text shown around the first match; a statement is always shown whole. */
const ARTICLE_EXCERPT_WORDS = 40;

/** The elements of SearchForm.astro and SearchResults.astro the script drives. */
interface SearchPage {
	form: HTMLFormElement;
	query: HTMLInputElement;
	selects: Map<FilterKey, HTMLSelectElement>;
	status: HTMLElement;
	list: HTMLOListElement;
	more: HTMLButtonElement;
	statementTemplate: HTMLTemplateElement;
	articleTemplate: HTMLTemplateElement;
}

/**
 * Runs the search page: the form drives Pagefind, results render as text (never as HTML: Pagefind returns content
 * and metadata raw), and the search lives in the address, so that it can be bookmarked, reloaded and gone back to.
 */
export function startSearchPage(): void {
	const page = findElements();
	page.form.hidden = false;

	let generation = 0;
	let results: PagefindResult[] = [];
	let shown = 0;
	let typing: ReturnType<typeof setTimeout> | undefined;
	/** The control whose changes made the current history entry: more changes to it replace the entry. */
	let lastSource: string | undefined;

	const run = async (state: SearchState) => {
		const current = ++generation;
		if (isBlank(state)) {
			results = [];
			page.list.replaceChildren();
			page.more.hidden = true;
			page.status.textContent = '';
			resetCounts(page);
			return;
		}
		page.list.setAttribute('aria-busy', 'true');
		let pagefind: Pagefind;
		try {
			pagefind = await loadPagefind();
		} catch {
			showUnavailable(page);
			return;
		}
		const term = searchTerm(state);
		// A search by filters alone has no relevance to rank by: newest first.
		const search = await pagefind.search(term, {
			filters: state.filters,
			...(term === null && { sort: { date: 'desc' } }),
		});
		if (!search || current !== generation) return;
		const counts = await facetCounts(pagefind, term, state, search.filters);
		if (current !== generation) return;

		results = search.results;
		shown = 0;
		page.list.replaceChildren();
		await showMore(current);
		updateCounts(page, counts);
		const statements = Object.values(search.filters.kind ?? {}).reduce((sum, count) => sum + count, 0);
		page.status.textContent = describeResults(state, { statements, articles: results.length - statements });
		page.list.removeAttribute('aria-busy');
	};

	const showMore = async (current: number): Promise<HTMLAnchorElement | undefined> => {
		const batch = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
		if (current !== generation) return undefined;
		const items = batch.map((data) => renderResult(page, data));
		page.list.append(...items);
		shown += batch.length;
		page.more.hidden = shown >= results.length;
		return items[0]?.querySelector('a') ?? undefined;
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
	page.more.addEventListener('click', async () => {
		const first = await showMore(generation);
		first?.focus();
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

function findElements(): SearchPage {
	const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
	const form = byId<HTMLFormElement>('search-form');
	return {
		form,
		query: form.elements.namedItem('q') as HTMLInputElement,
		selects: new Map(FILTER_KEYS.map((key) => [key, form.elements.namedItem(key) as HTMLSelectElement])),
		status: byId('search-status'),
		list: byId<HTMLOListElement>('search-results'),
		more: byId<HTMLButtonElement>('search-more'),
		statementTemplate: byId<HTMLTemplateElement>('search-result-statement'),
		articleTemplate: byId<HTMLTemplateElement>('search-result-article'),
	};
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
 * For each filter, how many results each of its values would give. Pagefind counts a value with every chosen
 * filter applied, its own included; choosing another value of a filter replaces the chosen one, so a filter that is
 * set is counted by a search without it.
 */
async function facetCounts(
	pagefind: Pagefind,
	term: string | null,
	state: SearchState,
	counts: FilterCounts,
): Promise<FilterCounts> {
	const recounted = await Promise.all(
		FILTER_KEYS.filter((key) => state.filters[key]).map(async (key) => {
			const { [key]: _chosen, ...others } = state.filters;
			const search = await pagefind.search(term, { filters: others });
			return [key, search?.filters[key] ?? {}] as const;
		}),
	);
	return { ...counts, ...Object.fromEntries(recounted) };
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

function renderResult(page: SearchPage, data: PagefindResultData): HTMLLIElement {
	const kind = data.filters.kind?.[0];
	return kind ? renderStatement(page, data, kind) : renderArticle(page, data);
}

/** A statement: its words (matches marked) as the link to its passage, who said it, where and when. */
function renderStatement(page: SearchPage, data: PagefindResultData, kind: string): HTMLLIElement {
	const item = cloneItem(page.statementTemplate);
	item.classList.add(`search-result--${kind}`);
	const link = slot<HTMLAnchorElement>(item, 'words');
	link.href = data.url;
	const runs = matchedRuns(data.content, data.locations);
	appendRuns(link, kind === 'direct' ? [{ text: '“', matched: false }, ...runs, { text: '”', matched: false }] : runs);
	slot(item, 'speaker').textContent = data.meta.speaker ?? '';
	slot(item, 'role').textContent = data.meta.role ? `, ${data.meta.role}` : '';
	slot(item, 'kind').textContent = kind === 'direct' ? 'Quoted in ' : 'Reported speech in ';
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
function renderArticle(page: SearchPage, data: PagefindResultData): HTMLLIElement {
	const item = cloneItem(page.articleTemplate);
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
	page.list.removeAttribute('aria-busy');
}
