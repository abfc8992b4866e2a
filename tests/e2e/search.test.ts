import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, JSHandle, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEARCH_RECORDS_FILE } from '../../src/lib/search-records';
import { HIGHLIGHT_PARAM } from '../../src/scripts/pagefind';
import { launchChromium } from '../support/browser';
import { REAL_CONTENT } from '../support/build-site';

const SLUG = 'hegseth-tokyo-alliance';

interface ArticleStatement {
	id: string;
	kind: 'direct' | 'reported';
	text: string;
	/** The speakers' names, as the site shows them. */
	names: string[];
}

/** The article's statements as its frontmatter lists them, each with its speakers' names from people/ or the article. */
function readStatements(): ArticleStatement[] {
	const source = readFileSync(join(REAL_CONTENT, 'articles', `${SLUG}.mdx`), 'utf8');
	const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as {
		people: string[];
		anonymousSources: { id: string; label: string }[];
		statements: { id: string; kind: 'direct' | 'reported'; text: string; speakers: string[] }[];
	};
	const names = new Map(frontmatter.anonymousSources.map((source) => [source.id, source.label]));
	for (const id of frontmatter.people) {
		names.set(id, (parse(readFileSync(join(REAL_CONTENT, 'people', `${id}.yaml`), 'utf8')) as { name: string }).name);
	}
	return frontmatter.statements.map(({ id, kind, text, speakers }) => ({
		id,
		kind,
		text,
		names: speakers.map((s) => names.get(s)!),
	}));
}

/** A few words from the statement, as a reader who remembers part of it would type them. */
const phraseOf = (text: string) => text.split(/\s+/).slice(0, 6).join(' ');

const statements = readStatements();
const speakers = [...new Set(statements.flatMap((statement) => statement.names))].sort();

interface Pagefind {
	options: (options: object) => Promise<void>;
	search: (term: string, options?: object) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
}

let browser: Browser;
/** Pagefind's browser API, imported by a page of the built site. */
let pagefind: JSHandle<Pagefind>;
let landing: Page;

beforeAll(async () => {
	browser = await launchChromium();
	const searching = await browser.newPage();
	await searching.goto(`${inject('baseUrl')}/search/`);
	// A string, so that the test runner leaves this import() alone: it runs in the page.
	pagefind = await searching.evaluateHandle<Pagefind>(`import('/pagefind/pagefind.js')`);
	// As the search page sets it: result addresses carry the matched words to the article page.
	await pagefind.evaluate((pagefind, param) => pagefind.options({ highlightParam: param }), HIGHLIGHT_PARAM);
	landing = await browser.newPage();
});
afterAll(() => browser?.close());

/** For each speaker, the addresses of the results of searching the phrase with that speaker's filter. */
function searchBySpeaker(phrase: string): Promise<Record<string, string[]>> {
	return pagefind.evaluate(
		async (pagefind, { phrase, speakers }) => {
			const found: Record<string, string[]> = {};
			for (const speaker of speakers) {
				const search = await pagefind.search(phrase, { filters: { speaker } });
				found[speaker] = await Promise.all(search.results.map(async (result) => (await result.data()).url));
			}
			return found;
		},
		{ phrase, speakers },
	);
}

describe('the article’s statements in the search index', () => {
	it('covers the whole article: every direct quotation, and the reported speech of Colby, Glass and Kato among the rest', () => {
		expect(statements.filter((s) => s.kind === 'direct').length).toBeGreaterThanOrEqual(16);
		const reportedFrom = statements.filter((s) => s.kind === 'reported').flatMap((s) => s.names);
		expect(reportedFrom).toEqual(expect.arrayContaining(['Elbridge Colby', 'George Glass', 'Katsunobu Kato']));
	});

	it.each(statements)(
		'finds $id under its own speaker and no other, and its result lands on the statement, highlighted',
		async ({ id, text, names }) => {
			const found = await searchBySpeaker(phraseOf(text));
			const landsHere = (url: string) => new URL(url, inject('baseUrl')).hash === `#${id}`;
			for (const speaker of speakers) {
				const hits = found[speaker]!.filter(landsHere);
				expect(hits.length, `searching “${phraseOf(text)}” as said by ${speaker}`).toBe(
					names.includes(speaker) ? 1 : 0,
				);
			}

			await landing.goto(inject('baseUrl') + found[names[0]!]!.find(landsHere)!);
			// The matched words are marked once Pagefind's highlighter has loaded.
			await landing.waitForSelector(':target mark.search-match', { timeout: 10_000 });
			const arrival = await landing.evaluate(() => {
				const target = document.querySelector(':target')!;
				const words = target.cloneNode(true) as HTMLElement;
				words.querySelectorAll('[data-pagefind-ignore]').forEach((chrome) => chrome.remove());
				return { id: target.id, text: words.textContent, focused: document.activeElement?.id };
			});
			expect(arrival).toEqual({ id, text: expect.stringContaining(text), focused: id });
		},
	);
});

describe('the built site', () => {
	it('keeps the statements’ records, an input of the index, out of what is published', () => {
		expect(existsSync(join(inject('distDir'), 'pagefind', 'pagefind.js'))).toBe(true);
		expect(existsSync(join(inject('distDir'), SEARCH_RECORDS_FILE))).toBe(false);
	});
});

describe('the article pages in the search index', () => {
	it('holds an article’s own text, and not the annotations the site adds to it', async () => {
		const hits = await pagefind.evaluate(async (pagefind) => {
			const count = async (term: string) => (await pagefind.search(term)).results.length;
			// In the narration: "Boeing" (and in one statement); in the summary above the text only: "granted"; in an
			// editor's note only: "military", what the spinner's "navy" most likely was.
			return { narration: await count('Boeing'), summary: await count('granted'), note: await count('military') };
		});
		expect(hits).toEqual({ narration: 2, summary: 0, note: 0 });
	});
});
