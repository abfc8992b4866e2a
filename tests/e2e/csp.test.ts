import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Browser, Page } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { recordCspViolations } from '../support/csp';
import { builtPages, PAGE_KINDS } from '../support/site-pages';

/** A page's policy, directive name → its sources, from the `<meta http-equiv>` Astro writes. */
function policyOf(html: string): Map<string, string[]> | undefined {
	let content: string | undefined;
	visit(fromHtml(html), 'element', (element: Element) => {
		if (
			element.tagName === 'meta' &&
			String(element.properties.httpEquiv).toLowerCase() === 'content-security-policy'
		) {
			content = String(element.properties.content);
		}
	});
	if (content === undefined) return undefined;
	const directives = content.split(';').map((directive) => directive.trim().split(/\s+/));
	return new Map(directives.filter(([name]) => name).map(([name, ...sources]) => [name!, sources]));
}

describe('the content security policy in every built page', () => {
	const distDir = inject('distDir');

	it.each(builtPages(distDir))(
		'%s allows nothing inline beyond hashed code, and lets Pagefind run its worker and WebAssembly',
		(file) => {
			const policy = policyOf(readFileSync(join(distDir, file), 'utf8'));
			expect(policy, 'a CSP <meta> element').toBeDefined();
			for (const [directive, sources] of policy!) {
				expect(sources, directive).not.toContain("'unsafe-inline'");
				expect(sources, directive).not.toContain("'unsafe-eval'");
			}
			expect(policy!.get('default-src')).toEqual(["'self'"]);
			expect(policy!.get('object-src')).toEqual(["'none'"]);
			expect(policy!.get('script-src')).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
			expect(policy!.get('worker-src')).toEqual(["'self'"]);
		},
	);
});

describe('browsing with the content security policy enforced', () => {
	let browser: Browser;
	let page: Page;
	let violations: string[];

	beforeAll(async () => {
		browser = await launchChromium();
		page = await browser.newPage();
		violations = await recordCspViolations(page);
	});
	afterAll(() => browser?.close());

	it.each(PAGE_KINDS)('the $kind page loads and runs its scripts without a violation', async ({ path, status }) => {
		violations.length = 0;
		const response = await page.goto(inject('baseUrl') + path, { waitUntil: 'networkidle' });
		expect(response?.status()).toBe(status);
		expect(violations).toEqual([]);
	});

	/** Searches from the search page as a reader would, and follows the first result to its passage. */
	async function searchAndFollow(searchPage: Page) {
		await searchPage.goto(inject('baseUrl') + '/search/');
		await searchPage.getByLabel('Words to find').fill('alliance');
		await searchPage.keyboard.press('Enter');
		const firstResult = searchPage.locator('#search-results li a').first();
		await firstResult.waitFor({ timeout: 10_000 });
		await firstResult.click();
		await searchPage.waitForURL(/\/articles\//);
		await searchPage.waitForLoadState('networkidle');
	}

	it('searching runs Pagefind in its worker without a violation, and a result leads to its passage', async () => {
		violations.length = 0;
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
		await searchAndFollow(page);
		expect(violations).toEqual([]);
		expect(workers).toContain('/pagefind/pagefind-worker.js');
	});

	it('searching still works, without a violation, where Pagefind must compile its WebAssembly on the page itself', async () => {
		// A worker script served without CSP headers is not bound by the page's <meta> policy; without workers,
		// Pagefind falls back to the page, where 'wasm-unsafe-eval' is what lets it run.
		const workerless = await browser.newPage();
		const seen = await recordCspViolations(workerless);
		await workerless.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined }));
		await searchAndFollow(workerless);
		expect(seen).toEqual([]);
		expect(workerless.workers()).toEqual([]);
		await workerless.close();
	});
});
