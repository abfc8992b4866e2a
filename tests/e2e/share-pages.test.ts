import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { launchChromium } from '../support/browser';

const SLUG = 'hegseth-tokyo-alliance';
const ARTICLE_FILE = resolve(import.meta.dirname, `../../content/articles/${SLUG}.mdx`);
const SITE = 'https://annotated-news.example';

interface FrontmatterStatement {
	id: string;
	kind: 'direct' | 'reported';
	text: string;
}

/** The article's statements of one kind, as its frontmatter lists them. */
function statementsOfKind(kind: FrontmatterStatement['kind']): FrontmatterStatement[] {
	const [, frontmatter] = readFileSync(ARTICLE_FILE, 'utf8').split(/^---$/m);
	const { statements } = parse(frontmatter!) as { statements: FrontmatterStatement[] };
	return statements.filter((statement) => statement.kind === kind);
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe('89504e470d0a1a0a');
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The page's meta tags, `property` or `name` → `content`, and its JSON-LD blocks, raw and parsed. */
function headOf(page: Page) {
	return page.evaluate(() => ({
		meta: Object.fromEntries(
			[...document.querySelectorAll('meta[property], meta[name]')].map((meta) => [
				meta.getAttribute('property') ?? meta.getAttribute('name'),
				meta.getAttribute('content'),
			]),
		) as Record<string, string>,
		canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
		jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent!),
	}));
}

const quotes = statementsOfKind('direct');
let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launchChromium();
	page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
});
afterAll(() => browser?.close());

describe('share pages', () => {
	it('exist for each of the article’s 16 direct quotes', () => {
		expect(quotes).toHaveLength(16);
	});

	it.each(quotes)(
		'$id: holds the quote in og:description, with a 1200×630 card and a link back to it',
		async (quote) => {
			const path = `/quotes/${SLUG}/${quote.id}/`;
			const response = await page.goto(inject('baseUrl') + path);
			expect(response?.status()).toBe(200);
			const { meta, canonical, jsonLd } = await headOf(page);

			expect(meta['og:description']).toContain(quote.text);
			expect(meta['og:title']).toBeTruthy();
			expect(meta['og:url']).toBe(SITE + path);
			expect(canonical).toBe(SITE + path);
			expect(meta['twitter:card']).toBe('summary_large_image');

			const image = new URL(meta['og:image']!);
			expect(image.origin, 'og:image is an absolute URL on the site').toBe(SITE);
			expect(pngSize(join(inject('distDir'), image.pathname))).toEqual({ width: 1200, height: 630 });
			expect([meta['og:image:width'], meta['og:image:height']]).toEqual(['1200', '630']);

			const back = page.getByRole('link', { name: 'Read in context' });
			expect(await back.getAttribute('href')).toBe(`/articles/${SLUG}/#${quote.id}`);
			expect(await page.locator('blockquote').innerText()).toBe(`“${quote.text}”`);

			expect(jsonLd).toHaveLength(1);
			expect(jsonLd[0]).not.toContain('<');
			const quotation = JSON.parse(jsonLd[0]!);
			expect(quotation).toMatchObject({ '@context': 'https://schema.org', '@type': 'Quotation', text: quote.text });
			const creators = [quotation.creator].flat();
			expect(
				creators.every((creator: { '@type': string; name: string }) => creator['@type'] === 'Person' && creator.name),
			).toBe(true);
			expect(quotation.isPartOf).toMatchObject({ '@type': 'NewsArticle', url: `${SITE}/articles/${SLUG}/` });
		},
	);

	it.each(statementsOfKind('reported'))(
		'$id: reported speech has its page and card too, but no Quotation, since the words are the article’s',
		async (statement) => {
			const path = `/quotes/${SLUG}/${statement.id}/`;
			expect((await page.goto(inject('baseUrl') + path))?.status()).toBe(200);
			const { meta, jsonLd } = await headOf(page);
			expect(meta['og:description']).toContain(statement.text);
			expect(pngSize(join(inject('distDir'), new URL(meta['og:image']!).pathname))).toEqual({
				width: 1200,
				height: 630,
			});
			expect(jsonLd).toEqual([]);
		},
	);

	it('are reached from the statement cards of the statements index', async () => {
		await page.goto(inject('baseUrl') + '/statements/');
		const card = page.locator('figure', { hasText: quotes[0]!.text });
		expect(await card.getByRole('link', { name: /^Share/ }).getAttribute('href')).toBe(
			`/quotes/${SLUG}/${quotes[0]!.id}/`,
		);
	});
});

describe('the article page’s structured data', () => {
	it('is one NewsArticle naming the article and the people it quotes, with no raw “<”', async () => {
		await page.goto(inject('baseUrl') + `/articles/${SLUG}/`);
		const { jsonLd } = await headOf(page);
		expect(jsonLd).toHaveLength(1);
		expect(jsonLd[0]).not.toContain('<');
		const article = JSON.parse(jsonLd[0]!);
		const title = await page.locator('h1').innerText();
		expect(article).toMatchObject({ '@type': 'NewsArticle', headline: title, url: `${SITE}/articles/${SLUG}/` });
		expect(article.mentions.map((person: { name: string }) => person.name)).toContain('Christopher Johnstone');
	});
});
