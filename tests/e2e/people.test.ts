import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { personPath } from '../../src/lib/paths';
import { launchChromium } from '../support/browser';
import { REAL_ARTICLE, REAL_ARTICLE_PATH, REAL_REGISTRY } from '../support/real-article';

/** The named people of the "Done when" list. */
const NAMED = [
	'Pete Hegseth',
	'Gen Nakatani',
	'Shigeru Ishiba',
	'Donald Trump',
	'Christopher Johnstone',
	'Katsunobu Kato',
	'Ken Weinstein',
	'Shinzo Abe',
	'Elbridge Colby',
	'George Glass',
];

const idOf = (name: string) => [...REAL_REGISTRY.people].find(([, person]) => person.name === name)?.[0];

let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launchChromium();
	page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
});
afterAll(() => browser?.close());

describe('following people from the article without JavaScript', () => {
	it('has every named person of the article among its people, and no one else', () => {
		expect(NAMED.map(idOf).sort()).toEqual([...REAL_ARTICLE.frontmatter.people].sort());
	});

	it.each(NAMED)(
		'links %s from the article to a page headed with the name that lists all their statements',
		async (name) => {
			const id = idOf(name)!;
			await page.goto(inject('baseUrl') + REAL_ARTICLE_PATH);
			const link = page.locator('.prose a.person', { hasText: name });
			expect(await link.count(), `a link on ${name}`).toBeGreaterThan(0);
			await link.first().click();
			await page.waitForURL(`**${personPath(id)}`);

			expect((await page.locator('h1').innerText()).trim()).toBe(name);
			const listed = await page.$$eval(`main a[href^="${REAL_ARTICLE_PATH}#"]`, (links) =>
				links.map((a) => a.getAttribute('href')!),
			);
			const expected = REAL_ARTICLE.frontmatter.statements
				.filter((statement) => statement.speakers.includes(id))
				.map((statement) => `${REAL_ARTICLE_PATH}#${statement.id}`);
			expect([...new Set(listed)].sort()).toEqual(expected.sort());
		},
	);
});

describe('statement cards on a person page', () => {
	it('keep a space between the source date and the links after it', async () => {
		await page.goto(inject('baseUrl') + personPath('christopher-johnstone'));
		const captions = await page.locator('.statement-card figcaption').allInnerTexts();
		expect(captions.length).toBeGreaterThan(0);
		for (const caption of captions) expect(caption).toMatch(/\d{4}\. Read in context/);
	});
});
