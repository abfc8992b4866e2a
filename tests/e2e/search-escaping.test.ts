import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { buildSite, copyFixture } from '../support/build-site';
import { recordCspViolations } from '../support/csp';
import { serve, type StaticServer } from '../support/serve';

/** What tests/fixtures/search-hostile holds: markup in a statement, a speaker's name and their role. */
const MARKUP = '<img src=x onerror=alert(1)>';
const SPEAKER = `Mallory Example ${MARKUP}`;
const ROLE = 'Spokesperson <img src=x onerror=alert(2)>, Springfield Library';
const STATEMENT = `${MARKUP} is what the sign said when it went up,`;

let server: StaticServer;
let browser: Browser;
let page: Page;
let dialogs: string[];
let violations: string[];

beforeAll(async () => {
	const build = await buildSite(await copyFixture('search-hostile'));
	if (!build.ok) throw new Error(`the search-hostile fixture did not build:\n${build.output}`);
	server = await serve(build.distDir);
	browser = await launchChromium();
}, 180_000);
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

beforeEach(async () => {
	page = await browser.newPage();
	dialogs = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	violations = await recordCspViolations(page);
});
afterEach(async () => {
	expect(dialogs, 'dialogs opened by injected markup').toEqual([]);
	expect(await page.evaluate(() => document.querySelectorAll('img').length), 'images injected into the page').toBe(0);
	expect(violations).toEqual([]);
	await page.close();
});

describe('search over content that holds markup', () => {
	it('shows the statement, the speaker’s name and role as the text they are, and runs none of it', async () => {
		await page.goto(`${server.url}/search/?q=sign&speaker=${encodeURIComponent(SPEAKER)}`);
		const result = page.locator('#search-results > li').first();
		await result.waitFor({ timeout: 15_000 });
		expect(await page.locator('#search-speaker').inputValue()).toBe(SPEAKER);
		expect(await result.locator('[data-slot="words"]').textContent()).toBe(`“${STATEMENT}”`);
		expect(await result.locator('[data-slot="words"] mark').allTextContents()).toEqual(['sign']);
		expect(await result.locator('[data-slot="speaker"]').textContent()).toBe(SPEAKER);
		expect(await result.locator('[data-slot="role"]').textContent()).toBe(`, ${ROLE}`);
	});

	it('marks matched words inside the markup as text', async () => {
		await page.goto(`${server.url}/search/?q=onerror`);
		const words = page.locator('#search-results > li [data-slot="words"]').first();
		await words.waitFor({ timeout: 15_000 });
		expect(await words.textContent()).toBe(`“${STATEMENT}”`);
		expect(await words.locator('mark').allTextContents()).toEqual(['onerror=alert(1)>']);
	});

	it('lands on the statement from its result, marking the matched words without running the markup', async () => {
		await page.goto(`${server.url}/search/?q=onerror`);
		await page.locator('#search-results > li a').first().click();
		await page.waitForSelector(':target mark.search-match');
		const landed = await page.evaluate(() => ({
			target: document.querySelector(':target')?.id,
			words: document.querySelector(':target .statement__words')?.textContent,
		}));
		expect(landed).toEqual({ target: 'q-mallory-sign', words: `“${STATEMENT}”` });
	});
});
