import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { REAL_CONTENT } from '../support/build-site';
import { recordCspViolations } from '../support/csp';

const ARTICLE = '/articles/hegseth-tokyo-alliance/';

interface Statement {
	id: string;
	text: string;
	speakers: string[];
}

/** The article's frontmatter, as its editor wrote it. */
const article = parse(
	/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(REAL_CONTENT, 'articles', 'hegseth-tokyo-alliance.mdx'), 'utf8'))![1]!,
) as { title: string; statements: Statement[] };
const { statements } = article;
const person = (id: string) =>
	parse(readFileSync(join(REAL_CONTENT, 'people', `${id}.yaml`), 'utf8')) as Record<string, string>;
/** Ids of the statements a speaker made whose words hold `word`. */
const idsOf = (speaker: string, word = /./) =>
	statements.filter((s) => s.speakers.includes(speaker) && word.test(s.text)).map((s) => s.id);

let browser: Browser;
let context: BrowserContext;
let violations: string[];

beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());
afterEach(async () => {
	expect(violations, 'Content Security Policy violations').toEqual([]);
	await context?.close();
});

/** A fresh tab, recording any Content Security Policy violation, at `path`. */
async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
	context = await browser.newContext(options);
	const page = await context.newPage();
	violations = await recordCspViolations(page);
	await page.goto(inject('baseUrl') + path);
	return page;
}

/** Waits for the search to settle on an announcement matching `status`, and returns the results. */
async function results(page: Page, status: RegExp) {
	await page.waitForFunction(
		(pattern) =>
			new RegExp(pattern).test(document.getElementById('search-status')?.textContent ?? '') &&
			!document.getElementById('search-output')?.hasAttribute('aria-busy'),
		status.source,
		{ timeout: 15_000 },
	);
	return page.locator('#search-results > li').evaluateAll((items) =>
		items.map((item) => {
			const link = item.querySelector('a')!;
			const text = (slot: string) => item.querySelector(`[data-slot="${slot}"]`)?.textContent ?? '';
			return {
				id: new URL(link.href).hash.slice(1),
				words: link.textContent ?? '',
				marked: [...link.querySelectorAll('mark')].map((mark) => mark.textContent),
				speaker: text('speaker'),
				role: text('role'),
				where: item.querySelector('.search-result__where')?.textContent ?? '',
			};
		}),
	);
}

const statementIds = (found: { id: string }[]) => found.map((result) => result.id).filter((id) => id !== '');
const status = (page: Page) => page.locator('#search-status').textContent();

/** Presses Tab until the focused element passes `test`; fails after `limit` presses. */
async function tabTo(page: Page, test: string, limit = 40): Promise<void> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(test)) return;
	}
	throw new Error(`Tab never reached an element where ${test}`);
}

/** The statement the article page landed on: the target, what has focus, and the words marked in it. */
const arrival = (page: Page) =>
	page.evaluate(() => {
		const target = document.querySelector(':target');
		return {
			target: target?.id,
			focused: document.activeElement?.id,
			highlighted: target?.classList.contains('is-arrival'),
			marked: [...(target?.querySelectorAll('mark.search-match') ?? [])].map((mark) => mark.textContent),
		};
	});

describe('the search page', () => {
	it('lists each statement holding the words as a result of its own: the quote, its speaker and role, the article and date', async () => {
		const page = await open('/search/');
		await page.locator('#search-q').focus();
		await page.keyboard.type('Tokyo');
		const found = await results(page, /found for “Tokyo”/);

		const holdingTokyo = statements.filter((s) => s.text.includes('Tokyo')).map((s) => s.id);
		expect(statementIds(found)).toEqual(expect.arrayContaining(holdingTokyo));
		const johnstone = person('christopher-johnstone');
		const unsettled = statements.find((s) => s.id === 'q-johnstone-unsettled')!;
		expect(found.find((result) => result.id === unsettled.id)).toEqual({
			id: unsettled.id,
			words: `“${unsettled.text}”`,
			marked: ['Tokyo,'],
			speaker: johnstone.name,
			role: `, ${johnstone.role}, ${johnstone.affiliation}`,
			where: expect.stringMatching(/^Quoted in Hegseth’s Tokyo visit .*, 27 March 2025$/),
		});
		expect(await status(page)).toMatch(new RegExp(`^${found.length} statements and 1 article found`));
		// The article's own text is a result apart, after the statements.
		expect(await page.locator('#search-articles > li').allTextContents()).toEqual([
			expect.stringMatching(/Tokyo.*In Hegseth’s Tokyo visit/),
		]);
		expect(new URL(page.url()).search).toBe('?q=Tokyo');
	});

	it('narrows the results to one speaker, and counts each speaker’s matches in the speaker list', async () => {
		const page = await open('/search/?speaker=Katsunobu+Kato');
		expect(statementIds(await results(page, /found \(speaker: Katsunobu Kato\)/))).toEqual(
			expect.arrayContaining(idsOf('katsunobu-kato')),
		);
		expect(await status(page)).toMatch(new RegExp(`^${idsOf('katsunobu-kato').length} statements found`));

		await page.locator('#search-q').fill('next');
		const found = await results(page, /found for “next”/);
		expect(statementIds(found)).toEqual(idsOf('katsunobu-kato', /\bnext\b/i));
		expect(new URL(page.url()).search).toBe('?q=next&speaker=Katsunobu+Kato');
		const johnstone = idsOf('christopher-johnstone', /\bnext\b/i).length;
		await expect
			.poll(() => page.locator('#search-speaker option[value="Christopher Johnstone"]').textContent())
			.toBe(`Christopher Johnstone (${johnstone})`);
	});

	it('keeps the search in the address: reloading restores it, and the back button returns to the search before', async () => {
		const page = await open('/search/');
		await page.locator('#search-q').fill('alliance');
		const broad = statementIds(await results(page, /for “alliance”\.$/));
		await page.locator('#search-theme').selectOption('Command and control');
		const narrow = statementIds(await results(page, /\(theme: Command and control\)/));
		expect(narrow.length).toBeLessThan(broad.length);
		expect(new URL(page.url()).search).toBe('?q=alliance&theme=Command+and+control');

		await page.reload();
		expect(statementIds(await results(page, /\(theme: Command and control\)/))).toEqual(narrow);
		expect(await page.locator('#search-q').inputValue()).toBe('alliance');
		expect(await page.locator('#search-theme').inputValue()).toBe('Command and control');

		await page.goBack();
		expect(statementIds(await results(page, /for “alliance”\.$/))).toEqual(broad);
		expect(await page.locator('#search-theme').inputValue()).toBe('');

		await page.goBack();
		await expect.poll(() => page.locator('#search-results > li').count()).toBe(0);
		expect(new URL(page.url()).search).toBe('');
		expect(await page.locator('#search-q').inputValue()).toBe('');
	});

	it('works with the keyboard alone, from the search box to the statement on the article page', async () => {
		const page = await open('/search/');
		await tabTo(page, `document.activeElement?.id === 'search-q'`);
		await page.keyboard.type('numerical target');
		await page.keyboard.press('Enter');
		await results(page, /found for “numerical target”/);
		await tabTo(page, `document.activeElement?.id === 'search-kind'`);
		await page.keyboard.press('ArrowDown');
		await results(page, /\(kind: direct\)/);
		await tabTo(page, `document.activeElement?.getAttribute('href')?.endsWith('#q-kato-numerical-target')`);
		await page.keyboard.press('Enter');
		await page.waitForURL(`**${ARTICLE}?*#q-kato-numerical-target`);
		await page.waitForSelector(':target mark.search-match');
		expect(await arrival(page)).toEqual({
			target: 'q-kato-numerical-target',
			focused: 'q-kato-numerical-target',
			highlighted: true,
			marked: ['numerical', 'target'],
		});
	});

	it('lands a click on a result on its statement, highlighted and focused, with the matched words marked', async () => {
		const page = await open('/search/?q=golden+age');
		await results(page, /found/);
		await page.locator('#search-results a[href$="#q-trump-ishiba-golden-age"]').click();
		await page.waitForSelector(':target mark.search-match');
		expect(await arrival(page)).toEqual({
			target: 'q-trump-ishiba-golden-age',
			focused: 'q-trump-ishiba-golden-age',
			highlighted: true,
			marked: ['golden', 'age'],
		});
	});

	it('matches an exact phrase only with its words in that order', async () => {
		const page = await open('/search/?q=significance+great');
		expect(statementIds(await results(page, /found/))).toContain('q-nakatani-significance');
		await page.locator('#search-exact').check();
		expect(statementIds(await results(page, /found for the phrase/))).not.toContain('q-nakatani-significance');
		expect(new URL(page.url()).search).toBe('?q=significance+great&exact=1');

		await page.locator('#search-q').fill('great significance');
		expect(statementIds(await results(page, /for the phrase “great significance”/))).toEqual([
			'q-nakatani-significance',
		]);
	});

	it('shows more results on request, and moves focus to the first of them', async () => {
		const page = await open(`/search/?article=${encodeURIComponent(article.title)}`);
		const first = await results(page, /found/);
		expect(first.length).toBeLessThan(statements.length);
		await page.getByRole('button', { name: 'Show more statements' }).click();
		await expect.poll(() => page.locator('#search-results > li').count()).toBe(statements.length);
		const focusedItem = await page.evaluate(() =>
			[...document.querySelectorAll('#search-results > li')].findIndex((item) => item.contains(document.activeElement)),
		);
		expect(focusedItem).toBe(first.length);
		await expect.poll(() => page.getByRole('button', { name: 'Show more statements' }).isVisible()).toBe(false);
	});
});

describe('searching from elsewhere on the site', () => {
	it('opens the search filtered to a person’s statements from their page', async () => {
		const page = await open('/people/ken-weinstein/');
		await page.getByRole('link', { name: 'Search within their statements' }).click();
		const found = await results(page, /\(speaker: Ken Weinstein\)/);
		expect(new URL(page.url()).search).toBe('?speaker=Ken+Weinstein');
		expect(statementIds(found).sort()).toEqual(idsOf('ken-weinstein').sort());
		expect(new Set(found.map((result) => result.speaker))).toEqual(new Set([person('ken-weinstein').name]));
	});

	it('loads nothing of Pagefind until the reader focuses a search box', async () => {
		const page = await open('/');
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		for (const path of ['/', ARTICLE, '/search/']) {
			await page.goto(inject('baseUrl') + path, { waitUntil: 'networkidle' });
		}
		expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);

		const loading = page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind.js'));
		await page.locator('#site-search-q').focus();
		await loading;
	});

	it('fetches only Pagefind’s highlighter on an article opened from a result', async () => {
		const page = await open('/');
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto(`${inject('baseUrl')}${ARTICLE}?highlight=golden#q-trump-ishiba-golden-age`, {
			waitUntil: 'networkidle',
		});
		expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual(['/pagefind/pagefind-highlight.js']);
	});
});

describe('without JavaScript', () => {
	it('says that search needs it, and links to the statements by speaker instead', async () => {
		const page = await open('/search/?q=Tokyo', { javaScriptEnabled: false });
		const notice = page.locator('main .notice');
		expect(await notice.isVisible()).toBe(true);
		expect(await notice.textContent()).toBe(
			'Search needs JavaScript, which is off or unavailable in this browser. Browse every statement by speaker instead.',
		);
		expect(await notice.getByRole('link').getAttribute('href')).toBe('/statements/');
		expect(await page.locator('#search-form').isVisible()).toBe(false);
	});

	it('still sends the header’s search box to the search page', async () => {
		const page = await open('/', { javaScriptEnabled: false });
		await page.locator('#site-search-q').fill('Tokyo');
		await page.keyboard.press('Enter');
		await page.waitForURL('**/search/?q=Tokyo');
	});
});
