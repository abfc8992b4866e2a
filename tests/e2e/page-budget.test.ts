import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { articlePath } from '../../src/lib/paths';

const ARTICLE = articlePath('hegseth-tokyo-alliance');
/** What the first round trip of a new TCP connection carries: ten segments, about 14 KB. */
const FIRST_ROUND_TRIP = 14 * 1024;
const SCRIPT_BUDGET = 5 * 1024;

/** Bytes on the wire, as a server compressing with gzip at its highest level would send them. */
const gzipped = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('the article page budget', () => {
	it('sends its HTML and CSS in one round trip: at most 14 KB gzipped', () => {
		const distDir = inject('distDir');
		const html = readFileSync(join(distDir, ARTICLE, 'index.html'), 'utf8');
		const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(([, href]) => href!);
		const sizes = {
			html: gzipped(html),
			css: stylesheets.reduce((sum, href) => sum + gzipped(readFileSync(join(distDir, href))), 0),
		};
		expect(sizes.html + sizes.css, `gzipped bytes: ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
	});

	it('loads at most 5 KB of gzipped JavaScript until the reader uses search', async () => {
		const page = await browser.newPage();
		const scripts: Promise<{ url: string; bytes: number }>[] = [];
		page.on('response', (response) => {
			if (response.request().resourceType() !== 'script') return;
			scripts.push(response.body().then((body) => ({ url: response.url(), bytes: gzipped(body) })));
		});
		await page.goto(inject('baseUrl') + ARTICLE, { waitUntil: 'networkidle' });
		const inline = await page.$$eval('script:not([src]):not([type="application/ld+json"])', (elements) =>
			elements.map((element) => element.textContent ?? ''),
		);
		const loaded = [
			...(await Promise.all(scripts)),
			...inline.map((code, i) => ({ url: `inline script ${i + 1}`, bytes: gzipped(code) })),
		];
		const total = loaded.reduce((sum, { bytes }) => sum + bytes, 0);
		expect(total, `gzipped scripts: ${JSON.stringify(loaded)}`).toBeLessThanOrEqual(SCRIPT_BUDGET);
		await page.close();
	});

	it('shows every paragraph of the article with JavaScript turned off', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(inject('baseUrl') + ARTICLE);
		const passages = page.locator('.prose p.passage');
		expect(await passages.count()).toBeGreaterThan(10);
		const unreadable = await passages.evaluateAll((paragraphs) =>
			paragraphs
				.filter((p) => {
					const box = p.getBoundingClientRect();
					const style = getComputedStyle(p);
					return (
						(p.textContent ?? '').trim() === '' ||
						box.height === 0 ||
						style.visibility !== 'visible' ||
						style.opacity === '0'
					);
				})
				.map((p) => p.id),
		);
		expect(unreadable).toEqual([]);
		await expect.poll(() => page.locator('h1').isVisible()).toBe(true);
		await context.close();
	});
});
