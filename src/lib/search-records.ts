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

/** What Pagefind can narrow statements by: each key is a filter, each value one a reader may pick. */
export interface StatementFilters extends Record<string, string[]> {
	speaker: string[];
	theme: string[];
	article: string[];
	kind: Statement['kind'][];
	source: ('named' | 'anonymous')[];
}

/** What a search result shows beside the statement's words. */
export interface StatementMeta extends Record<string, string> {
	/** Every speaker's name, as a reader says them: "Donald Trump and Shigeru Ishiba". */
	speaker: string;
	/** Who the speakers are: a named person's role and affiliation, or "anonymous source". */
	role: string;
	article: string;
	kind: Statement['kind'];
	/** The source's publication date, as the site prints it. */
	date: string;
	/** The same date for `<time datetime>`: YYYY-MM-DD. */
	datetime: string;
}

/** A Pagefind custom record for one statement. */
export interface StatementRecord extends CustomRecord {
	filters: StatementFilters;
	meta: StatementMeta;
	sort: { date: string };
}

/** The filters in the order the search page offers them. */
export const FILTER_KEYS = ['speaker', 'theme', 'article', 'kind', 'source'] as const satisfies (keyof StatementFilters)[];

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
		const datetime = source.published.toISOString().slice(0, 10);
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
			},
			meta: {
				speaker: listNames(speakers.map((speaker) => speaker.name)),
				role: speakers.map((speaker) => (speaker.anonymous ? 'anonymous source' : speaker.description)).join('; '),
				article: title,
				kind: statement.kind,
				date: printedDate(source.published),
				datetime,
			},
			sort: { date: datetime },
		};
	});
}

/** Every value each filter takes across the records, with how many records carry it, in a stable order. */
export function filterValues(records: readonly StatementRecord[]): Record<keyof StatementFilters, Map<string, number>> {
	const values = Object.fromEntries(FILTER_KEYS.map((key) => [key, new Map<string, number>()])) as Record<
		keyof StatementFilters,
		Map<string, number>
	>;
	for (const record of records) {
		for (const key of FILTER_KEYS) {
			for (const value of record.filters[key]) values[key].set(value, (values[key].get(value) ?? 0) + 1);
		}
	}
	for (const key of FILTER_KEYS) {
		values[key] = new Map([...values[key]].sort(([a], [b]) => a.localeCompare(b, 'en')));
	}
	return values;
}

/** "A", "A and B", "A, B and C". */
function listNames(names: readonly string[]): string {
	return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The date as FormattedDate.astro prints it, so a result reads like the rest of the site. */
function printedDate(date: Date): string {
	return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
