import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser';

const SEED = resolve(import.meta.dirname, '../../../shared/seeds/hegseth-tokyo-alliance.txt');
const ARTICLE = '/articles/hegseth-tokyo-alliance/';

/** The article's paragraphs as the source has them: the seed less its two newsletter-promotion lines. */
function sourceParagraphs(): string[] {
	return readFileSync(SEED, 'utf8').split('\n').slice(2).filter((line) => line.trim() !== '');
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launchChromium();
	const context = await browser.newContext({ javaScriptEnabled: false });
	page = await context.newPage();
	await page.goto(inject('baseUrl') + ARTICLE);
});
afterAll(() => browser?.close());

describe('reading the article without JavaScript', () => {
	it('shows every paragraph of the source verbatim once the annotation chrome is set aside', async () => {
		const rendered = await page.$$eval('.prose p.passage', (paragraphs) =>
			paragraphs.map((p) => {
				const copy = p.cloneNode(true) as HTMLElement;
				copy.querySelectorAll('[data-pagefind-ignore]').forEach((chrome) => chrome.remove());
				return copy.textContent;
			}),
		);
		expect(rendered).toEqual(sourceParagraphs());
	});
});
