import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlePath, personPath } from '../../src/lib/paths';
import { readArticle, statementWords } from '../support/articles';
import { buildSite, copyFixture, type BuildResult } from '../support/build-site';
import { byId, findElements, hasClass, readPage, sourceText, textOf } from '../support/html';

const FIXTURE_ARTICLES = resolve(import.meta.dirname, '../fixtures/two-articles/content/articles');
const SHARED_PERSON = { id: 'maria-keller', name: 'Maria Keller' };

/** Every statement of the fixture's articles, with the URL of its passage. */
const statements = readdirSync(FIXTURE_ARTICLES).flatMap((file) => {
	const slug = basename(file, '.mdx');
	return readArticle(join(FIXTURE_ARTICLES, file)).frontmatter.statements.map((statement) => ({
		slug,
		statement,
		url: `${articlePath(slug)}#${statement.id}`,
	}));
});

const statementsBy = (person: string) => statements.filter(({ statement }) => statement.speakers.includes(person));

/** The article links on a person's page, each with the words of the card it sits in. */
function listedStatements(page: Root): { href: string; words: string }[] {
	return findElements(page, (element) => hasClass(element, 'statement-card')).flatMap((card) => {
		const [quote] = findElements(card, (element) => element.tagName === 'blockquote');
		const links = findElements(
			card,
			(element) => element.tagName === 'a' && String(element.properties.href).startsWith('/articles/'),
		);
		return links.map((link) => ({ href: String(link.properties.href), words: textOf(quote!).trim() }));
	});
}

let build: BuildResult;

beforeAll(async () => {
	build = await buildSite(await copyFixture('two-articles'));
});

describe('a site of two articles that quote the same person', () => {
	it('builds', () => {
		expect(build.ok, build.output).toBe(true);
	});

	it('gives the shared person one page, headed with her name', async () => {
		const page = await readPage(build.distDir, personPath(SHARED_PERSON.id));
		const [h1] = findElements(page, (element) => element.tagName === 'h1');
		expect(textOf(h1!)).toBe(SHARED_PERSON.name);
	});

	it('lists on the shared person’s page her statements from both articles, each linked to its passage', async () => {
		const expected = statementsBy(SHARED_PERSON.id);
		expect(new Set(expected.map(({ slug }) => slug)).size).toBe(2);

		const listed = listedStatements(await readPage(build.distDir, personPath(SHARED_PERSON.id)));
		expect(listed.map(({ href }) => href).sort()).toEqual(expected.map(({ url }) => url).sort());
		for (const { statement, url } of expected) {
			expect(listed.find(({ href }) => href === url)?.words, url).toBe(statementWords(statement));
		}
	});

	it('leads each link on the shared person’s page to an element holding the statement’s words', async () => {
		for (const { slug, statement } of statementsBy(SHARED_PERSON.id)) {
			const target = byId(await readPage(build.distDir, articlePath(slug)), statement.id);
			expect(target, `${slug}#${statement.id}`).toBeDefined();
			expect(hasClass(target!, 'statement')).toBe(true);
			expect(sourceText(target!)).toBe(statementWords(statement));
		}
	});

	it('lists on the page of someone quoted in one article only their own statements', async () => {
		const listed = listedStatements(await readPage(build.distDir, personPath('tomas-berg')));
		expect(listed.map(({ href }) => href).sort()).toEqual(
			statementsBy('tomas-berg')
				.map(({ url }) => url)
				.sort(),
		);
	});
});
