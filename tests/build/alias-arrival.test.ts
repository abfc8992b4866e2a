import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { buildSite, copyFixture } from '../support/build-site';
import { serve, type StaticServer } from '../support/serve';

const ARTICLE = '/articles/harbour-talks/';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	const content = await copyFixture('anchors');
	const article = join(content, 'articles/harbour-talks.mdx');
	const source = await readFile(article, 'utf8');
	// Ids an editor retired, a paragraph's and a quotation's, now naming the passages that replaced them.
	await writeFile(
		article,
		source.replace('statements:', 'aliases: { p-old-close: p-close, q-old-ruiz: q-ruiz-close }\nstatements:'),
	);
	const build = await buildSite(content);
	expect(build.ok, build.output).toBe(true);
	server = await serve(build.distDir);
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** A window short enough that the article's second paragraph lies below the fold. */
async function open(hash: string): Promise<Page> {
	const page = await browser.newPage({ viewport: { width: 800, height: 320 } });
	await page.goto(server.url + ARTICLE + hash);
	return page;
}

/** Waits until `id` is marked as arrived at and focused, with its top just below the sticky header. */
async function expectLandedOn(page: Page, id: string) {
	await expect
		.poll(
			() =>
				page.evaluate((id) => {
					const passage = document.getElementById(id)!;
					const top = passage.getBoundingClientRect().top;
					const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
					return {
						arrived: document.querySelector('.is-arrival')?.id,
						focused: document.activeElement?.id,
						belowHeader: top >= header && top <= header + 24,
					};
				}, id),
			{ timeout: 10_000 },
		)
		.toEqual({ arrived: id, focused: id, belowHeader: true });
	expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
	const [highlighted, plain] = await page.evaluate(
		(id) => [id, 'p-talks'].map((each) => getComputedStyle(document.getElementById(each)!).backgroundColor),
		id,
	);
	expect(highlighted, 'the replacement is highlighted').not.toBe(plain);
}

describe('a link by a retired id kept as an alias', () => {
	it.each([
		['p-old-close', 'p-close'],
		['q-old-ruiz', 'q-ruiz-close'],
	])('#%s lands on %s, highlighted and focused, below the sticky header', async (alias, replacement) => {
		const page = await open(`#${alias}`);
		await expectLandedOn(page, replacement);
		await page.close();
	});

	it('with a text directive whose words are gone, still lands on the replacement', async () => {
		const page = await open('#q-old-ruiz:~:text=words%20the%20editor%20replaced');
		await expectLandedOn(page, 'q-ruiz-close');
		await page.close();
	});
});
