import { describe, expect, it } from 'vitest';
import { filterValues, statementRecords, type SearchableStatement } from '../../src/lib/search-records';

const HEADLINE = 'Hegseth’s Tokyo visit tests a US-Japan alliance';
const article = { entry: { data: { title: HEADLINE, source: { published: new Date('2025-03-27T00:00:00Z') } } } };
const trump = { name: 'Donald Trump', description: 'President of the United States, US government', anonymous: false };
const ishiba = {
	name: 'Shigeru Ishiba',
	description: 'Prime Minister of Japan, Government of Japan',
	anonymous: false,
};
const official = { name: 'A Japanese official', description: 'One Japanese official', anonymous: true };
const THEMES: Record<string, string> = { 'alliance-credibility': 'Alliance credibility', 'arms-sales': 'Arms sales' };

function statement(
	id: string,
	kind: 'direct' | 'reported',
	text: string,
	speakers: SearchableStatement['speakers'],
	themes = ['alliance-credibility'],
): SearchableStatement {
	return { statement: { id, kind, text, themes }, speakers, article, url: `/articles/tokyo/#${id}` };
}

const golden = statement('q-golden-age', 'direct', 'pursue a new golden age for US-Japan relations', [trump, ishiba]);
const allies = statement(
	'q-not-allies',
	'direct',
	'someday maybe they’re not our allies',
	[trump],
	['arms-sales', 'alliance-credibility'],
);
const translate = statement('r-translate', 'reported', 'we just don’t know how to translate it', [official]);
const records = statementRecords([golden, allies, translate], (id) => THEMES[id]!);

describe('statementRecords', () => {
	it('makes one record per statement, landing on the statement’s own anchor', () => {
		expect(records.map((record) => record.url)).toEqual([
			'/articles/tokyo/#q-golden-age',
			'/articles/tokyo/#q-not-allies',
			'/articles/tokyo/#r-translate',
		]);
	});

	it('indexes the statement’s words alone as its content', () => {
		expect(records[0]!.content).toBe('pursue a new golden age for US-Japan relations');
	});

	it('files a joint statement under both speakers, and names them together for display', () => {
		expect(records[0]!.filters.speaker).toEqual(['Donald Trump', 'Shigeru Ishiba']);
		expect(records[0]!.meta.speaker).toBe('Donald Trump and Shigeru Ishiba');
		expect(records[0]!.meta.role).toBe(
			'President of the United States, US government; Prime Minister of Japan, Government of Japan',
		);
	});

	it('tells named speakers from anonymous sources, without the anonymous source’s description as a role', () => {
		expect(records.map((record) => record.filters.source)).toEqual([['named'], ['named'], ['anonymous']]);
		expect(records[2]!.meta).toEqual({ speaker: 'A Japanese official', role: 'anonymous source' });
	});

	it('filters by theme names, the article’s headline, the kind of statement and the source’s date', () => {
		expect(records[1]!.filters).toMatchObject({
			theme: ['Arms sales', 'Alliance credibility'],
			article: [HEADLINE],
			kind: ['direct'],
			date: ['2025-03-27'],
		});
		expect(records[2]!.filters.kind).toEqual(['reported']);
	});

	it('keeps the headline and the date out of the metadata, which Pagefind searches', () => {
		for (const record of records) {
			for (const value of Object.values(record.meta)) {
				expect(value).not.toContain('Tokyo');
				expect(value).not.toContain('2025');
			}
		}
	});

	it('sorts statements by the date their source was published', () => {
		expect(records[0]!.sort).toEqual({ date: '2025-03-27' });
	});
});

describe('filterValues', () => {
	it('counts the statements carrying each value, a joint statement once for each of its speakers', () => {
		const values = filterValues(records);
		expect([...values.speaker]).toEqual([
			['A Japanese official', 1],
			['Donald Trump', 2],
			['Shigeru Ishiba', 1],
		]);
		expect([...values.theme]).toEqual([
			['Alliance credibility', 3],
			['Arms sales', 1],
		]);
		expect([...values.kind]).toEqual([
			['direct', 2],
			['reported', 1],
		]);
	});

	it('offers only the filters the search page shows', () => {
		expect(Object.keys(filterValues(records))).toEqual(['speaker', 'theme', 'article', 'kind', 'source']);
	});
});
