import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { statementsPath, themePath } from '../../src/lib/paths';
import { statementWords } from '../support/articles';
import { launchChromium } from '../support/browser';
import { REAL_ARTICLE, REAL_ARTICLE_PATH, speakerName } from '../support/real-article';

const { frontmatter, paragraphs } = REAL_ARTICLE;

let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launchChromium();
	page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
});
afterAll(() => browser?.close());

/** A calendar value's start as a full day, so that a year sorts before the days in it: "2025" → "2025-01-01". */
const startDay = (datetime: string) => (datetime + '-01-01').slice(0, 10);

describe('the listings, without JavaScript', () => {
	it('lists every statement on the statements index under each of its speakers', async () => {
		await page.goto(inject('baseUrl') + statementsPath());
		const groups = await page.$$eval('main section', (sections) =>
			sections.map((section) => ({
				speaker: section.querySelector('h2')!.textContent!.trim(),
				words: [...section.querySelectorAll('blockquote')].map((quote) => quote.textContent!.trim()),
				links: [...section.querySelectorAll('a[href*="/articles/"]')].map((a) => a.getAttribute('href')!),
			})),
		);

		const expected = new Map<string, string[]>();
		for (const statement of frontmatter.statements) {
			for (const speaker of statement.speakers.map(speakerName)) {
				expected.set(speaker, [...(expected.get(speaker) ?? []), `${REAL_ARTICLE_PATH}#${statement.id}`]);
			}
		}
		expect(groups.map((group) => group.speaker).sort()).toEqual([...expected.keys()].sort());
		for (const group of groups) {
			expect([...new Set(group.links)].sort(), group.speaker).toEqual(expected.get(group.speaker)!.sort());
		}
		const everyWords = groups.flatMap((group) => group.words);
		for (const statement of frontmatter.statements) expect(everyWords).toContain(statementWords(statement));
	});

	it('lists on each theme page the passages tagged with it, in their words', async () => {
		const themes = [...new Set(frontmatter.passages.flatMap((passage) => passage.themes))];
		expect(themes.length).toBeGreaterThan(0);
		const passageUrl = (id: string) => `${REAL_ARTICLE_PATH}#${id}`;
		const allPassages = new Set(frontmatter.passages.map((passage) => passageUrl(passage.id)));
		const textOf = (start: string) => paragraphs.find((paragraph) => paragraph.startsWith(start))!;

		for (const theme of themes) {
			await page.goto(inject('baseUrl') + themePath(theme));
			const quoted = await page.$$eval('main blockquote[cite]', (quotes) =>
				quotes.map((quote) => ({ cite: quote.getAttribute('cite')!, words: quote.textContent!.trim() })),
			);
			const tagged = frontmatter.passages.filter((passage) => passage.themes.includes(theme));
			const listed = quoted.filter(({ cite }) => allPassages.has(cite));
			expect(listed.map(({ cite }) => cite).sort(), theme).toEqual(
				tagged.map((passage) => passageUrl(passage.id)).sort(),
			);
			for (const passage of tagged) {
				expect(listed.find(({ cite }) => cite === passageUrl(passage.id))?.words, passage.id).toBe(
					textOf(passage.start),
				);
			}
		}
	});

	it('lists every dated reference of the article in the timeline panel, in chronological order', async () => {
		await page.goto(inject('baseUrl') + REAL_ARTICLE_PATH);
		const entries = await page.$$eval('#timeline ~ ol > li', (items) =>
			items.map((item) => ({
				datetime: item.querySelector('time')!.getAttribute('datetime')!,
				text: item.textContent!,
			})),
		);
		expect(entries).toHaveLength(frontmatter.dates.length);
		for (const date of frontmatter.dates)
			expect(
				entries.some(({ text }) => text.includes(date.event)),
				date.text,
			).toBe(true);
		const days = entries.map(({ datetime }) => startDay(datetime));
		expect(days).toEqual([...days].sort());
	});

	it('links the article from the home page, and the link opens it', async () => {
		await page.goto(inject('baseUrl') + '/');
		await page.locator('main a', { hasText: frontmatter.title }).first().click();
		await page.waitForURL(`**${REAL_ARTICLE_PATH}`);
		expect((await page.locator('h1').innerText()).trim()).toBe(frontmatter.title);
	});
});
