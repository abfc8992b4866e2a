import type { CustomRecord } from 'pagefind';
import type { Statement } from '../schemas/statement';

/**
 * Where the build leaves the records for the search index integration: the static endpoint
 * `src/pages/search-records.json.ts` renders them at this path of the output folder.
 */
export const SEARCH_RECORDS_FILE = 'search-records.json';

/** The part of a catalog statement (`StatementEntry`) the search index needs. */
export interface SearchableStatement {
	statement: Pick<Statement, 'id' | 'kind' | 'text' | 'themes'>;
	speakers: readonly { name: string; description: string; anonymous: boolean }[];
	article: { entry: { data: { title: string; source: { published: Date } } } };
	/** The statement's passage on the article page. */
	url: string;
}

/** What a statement can be narrowed by. Pagefind returns these with each result too, so they also serve display. */
export interface StatementFilters extends Record<string, string[]> {
	/** Each speaker's name exactly as the site shows it. */
	speaker: string[];
	/** Theme names as the site shows them. */
	theme: string[];
	/** The article's headline. */
	article: string[];
	kind: Statement['kind'][];
	source: ('named' | 'anonymous')[];
	/** The source's publication date, YYYY-MM-DD. */
	date: string[];
}

/**
 * What a result shows of the speakers. Pagefind 1.6 searches metadata as well as content, so only words a reader
 * may fairly search statements by belong here (a speaker's name or role); the headline and the date, which every
 * statement of an article shares, are filters instead, or every statement would match every word of the headline.
 */
export interface StatementMeta extends Record<string, string> {
	/** Every speaker's name, as a reader says them: "Donald Trump and Shigeru Ishiba". */
	speaker: string;
	/** Who the speakers are: a named person's role and affiliation, or "anonymous source". */
	role: string;
}

/** A Pagefind custom record for one statement. */
export interface StatementRecord extends CustomRecord {
	filters: StatementFilters;
	meta: StatementMeta;
	sort: { date: string };
}

/** Every kind a statement record has, and article pages have none of: the filter that tells the two apart. */
export const STATEMENT_KINDS = ['direct', 'reported'] as const satisfies readonly Statement['kind'][];

/** The filters the search page offers, in its order. */
export const FILTER_KEYS = [
	'speaker',
	'theme',
	'article',
	'kind',
	'source',
] as const satisfies (keyof StatementFilters)[];

/** The name of a filter the search page offers. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * One record per statement, so that each is its own search result landing on its own anchor, with filters of its
 * own: Pagefind's filters apply to whole pages, and two records sharing a URL do not both survive.
 * `themeName` turns a theme id into the name the site shows.
 */
export function statementRecords(
	statements: readonly SearchableStatement[],
	themeName: (id: string) => string,
): StatementRecord[] {
	return statements.map(({ statement, speakers, article, url }) => {
		const { title, source } = article.entry.data;
		const date = source.published.toISOString().slice(0, 10);
		return {
			url,
			content: statement.text,
			language: 'en',
			filters: {
				speaker: speakers.map((speaker) => speaker.name),
				theme: statement.themes.map(themeName),
				article: [title],
				kind: [statement.kind],
				source: unique(speakers.map((speaker) => (speaker.anonymous ? 'anonymous' : 'named'))),
				date: [date],
			},
			meta: {
				speaker: listNames(speakers.map((speaker) => speaker.name)),
				role: speakers.map((speaker) => (speaker.anonymous ? 'anonymous source' : speaker.description)).join('; '),
			},
			sort: { date },
		};
	});
}

/** Every value each offered filter takes across the records, with how many records carry it, sorted by value. */
export function filterValues(records: readonly StatementRecord[]): Record<FilterKey, Map<string, number>> {
	const counts = (key: FilterKey) => {
		const values = new Map<string, number>();
		for (const record of records) {
			for (const value of record.filters[key]) values.set(value, (values.get(value) ?? 0) + 1);
		}
		return new Map([...values].sort(([a], [b]) => a.localeCompare(b, 'en')));
	};
	return Object.fromEntries(FILTER_KEYS.map((key) => [key, counts(key)])) as Record<FilterKey, Map<string, number>>;
}

/** "A", "A and B", "A, B and C". */
function listNames(names: readonly string[]): string {
	return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
