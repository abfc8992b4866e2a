import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../src/schemas/article';

const valid = {
	title: 'Talks in Tokyo',
	titleByEditors: true,
	dek: 'A visit.',
	published: '2026-11-28',
	source: { name: 'Financial Times', published: '2025-03-27', paraphrased: true },
	people: ['pete-hegseth'],
	statements: [{ id: 'q-one', speakers: ['pete-hegseth'], kind: 'direct', text: 'Yes,', themes: ['alliance'] }],
};

function issue(article: unknown) {
	const result = ArticleSchema.safeParse(article);
	expect(result.success).toBe(false);
	return result.error!.issues[0]!;
}

describe('ArticleSchema', () => {
	it('accepts an article and defaults the annotation lists to empty', () => {
		const article = ArticleSchema.parse({ ...valid, people: undefined, statements: undefined });
		expect(article.people).toEqual([]);
		expect(article.statements).toEqual([]);
		expect(article.dates).toEqual([]);
		expect(article.aliases).toEqual({});
	});

	it('reads the publication dates as dates', () => {
		const article = ArticleSchema.parse(valid);
		expect(article.published.toISOString()).toBe('2026-11-28T00:00:00.000Z');
		expect(article.source.published.toISOString()).toBe('2025-03-27T00:00:00.000Z');
	});

	it('accepts a date the YAML parser has already turned into a Date', () => {
		expect(ArticleSchema.safeParse({ ...valid, published: new Date(Date.UTC(2026, 10, 28)) }).success).toBe(true);
	});

	it('refuses a misspelled top-level key, naming it', () => {
		const { statements, ...rest } = valid;
		const found = issue({ ...rest, statments: statements });
		expect(found.code).toBe('unrecognized_keys');
		expect(JSON.stringify(found)).toContain('statments');
	});

	it('refuses a misspelled key inside a statement, with the path to it', () => {
		const found = issue({ ...valid, statements: [{ ...valid.statements[0], themse: [] }] });
		expect(found.path).toEqual(['statements', 0]);
		expect(JSON.stringify(found)).toContain('themse');
	});

	it('refuses a misspelled key inside the source', () => {
		expect(JSON.stringify(issue({ ...valid, source: { ...valid.source, publshed: '2025-03-27' } }))).toContain(
			'publshed',
		);
	});

	it('refuses an article without a title, naming the field', () => {
		expect(issue({ ...valid, title: undefined }).path).toEqual(['title']);
	});

	it('refuses a statement without a kind, naming the field', () => {
		const withoutKind = { ...valid.statements[0], kind: undefined };
		expect(issue({ ...valid, statements: [withoutKind] }).path).toEqual(['statements', 0, 'kind']);
	});

	it.each(['next week', '2025-02-30', '2025-02-29', '2025-13-01', '2025-04-31'])(
		'refuses the publication date %j, which is no real day',
		(published) => {
			expect(issue({ ...valid, published }).path).toEqual(['published']);
		},
	);

	it('refuses a source publication date that is no real day, naming the field', () => {
		expect(issue({ ...valid, source: { ...valid.source, published: '2025-02-30' } }).path).toEqual([
			'source',
			'published',
		]);
	});

	it('refuses an alias that is not an id', () => {
		expect(issue({ ...valid, aliases: { 'Old Id': 'q-one' } }).path[0]).toBe('aliases');
	});
});
