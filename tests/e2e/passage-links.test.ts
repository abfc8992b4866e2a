import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser';

const ARTICLE = '/articles/hegseth-tokyo-alliance/';
/** Generous: pages load and scroll smoothly first, and the machine may be busy. */
const POLL = { timeout: 10_000 };

let browser: Browser;
let context: BrowserContext;
let baseUrl: string;

beforeAll(async () => {
	baseUrl = inject('baseUrl');
	// Caret browsing lets the keyboard tests select words with Shift and the arrow keys, as a keyboard user does.
	browser = await launchChromium(['--enable-caret-browsing']);
	context = await browser.newContext({ viewport: { width: 1100, height: 700 } });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
});
afterAll(() => browser?.close());

async function openArticle(hash = ''): Promise<Page> {
	const page = await context.newPage();
	await page.goto(baseUrl + ARTICLE + hash);
	return page;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** The terms of a link's text directive (`[prefix-,]start[,end][,-suffix]`), decoded. */
function textDirective(link: string) {
	const [, directive] = link.split(':~:text=');
	expect(directive, `${link} has a text directive`).toBeDefined();
	const terms = directive!.split(',');
	const prefix = terms[0]!.endsWith('-') ? decodeURIComponent(terms.shift()!.slice(0, -1)) : undefined;
	const suffix = terms.at(-1)!.startsWith('-') ? decodeURIComponent(terms.pop()!.slice(1)) : undefined;
	const [start, end] = terms.map(decodeURIComponent);
	return { prefix, start: start!, end, suffix };
}

/** Where a reader has landed, seen from the passage `id`, and where `words` inside it are (when given). */
function landing(page: Page, id: string, words?: string) {
	return page.evaluate(
		([id, words]) => {
			const passage = document.getElementById(id)!;
			const target = document.querySelector(':target');
			let wordsTop: number | undefined;
			const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode() as Text | null; words && node; node = walker.nextNode() as Text | null) {
				const at = node.data.indexOf(words);
				if (at === -1) continue;
				const range = document.createRange();
				range.setStart(node, at);
				range.setEnd(node, at + words.length);
				wordsTop = range.getBoundingClientRect().top;
				break;
			}
			return {
				arrived: document.querySelector('.is-arrival')?.id,
				focused: document.activeElement?.id,
				targetInPassage: target !== null && passage.contains(target),
				top: passage.getBoundingClientRect().top,
				wordsTop,
				headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
				viewportHeight: innerHeight,
			};
		},
		[id, words] as const,
	);
}

/**
 * Waits until the reader is on passage `id`, marked as arrived at and focused, and checks how the browser placed it:
 * `{ words }` when the link's text directive matched, so the browser brought those words to the middle of the window;
 * `'top'` when only the id counted, so the passage's top sits just below the sticky header.
 */
async function expectLandedOn(page: Page, id: string, placed: { words: string } | 'top') {
	const words = placed === 'top' ? undefined : placed.words;
	await expect
		.poll(async () => {
			const at = await landing(page, id, words);
			return at.arrived === id && at.focused === id;
		}, POLL)
		.toBe(true);
	await expect
		.poll(async () => {
			const at = await landing(page, id, words);
			if (!at.targetInPassage) return 'the browser targets something outside the passage';
			if (placed === 'top') return Math.abs(at.top - at.headerBottom - 12) <= 2 ? 'placed' : `top at ${at.top}`;
			if (at.wordsTop === undefined) throw new Error(`“${words}” is not in #${id}`);
			const middleThird = at.wordsTop > at.viewportHeight / 3 && at.wordsTop < (2 * at.viewportHeight) / 3;
			return middleThird && at.top > at.headerBottom ? 'placed' : `words at ${at.wordsTop}, passage at ${at.top}`;
		}, POLL)
		.toBe('placed');
	const [highlighted, plain] = await page.evaluate(
		(id) =>
			[document.getElementById(id)!, document.querySelector('.passage:not(.is-arrival)')!].map(
				(element) => getComputedStyle(element).backgroundColor,
			),
		id,
	);
	expect(highlighted, 'the passage is highlighted').not.toBe(plain);
}

/** The text of a statement's words, as the page shows them. */
const wordsOf = (page: Page, id: string) => page.locator(`#${id} > .statement__words`).innerText();

/** Selects `words` inside `#id` by dragging the mouse across them, as a reader would. */
async function dragSelect(page: Page, id: string, words: string) {
	await page.locator(`#${id}`).scrollIntoViewIfNeeded();
	const box = await page.evaluate(
		([id, words]) => {
			const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
				const at = node.data.indexOf(words);
				if (at === -1) continue;
				const range = document.createRange();
				range.setStart(node, at);
				range.setEnd(node, at + words.length);
				const rects = range.getClientRects();
				const first = rects[0]!;
				const last = rects[rects.length - 1]!;
				return {
					x1: first.left + 1,
					y1: first.top + first.height / 2,
					x2: last.right - 1,
					y2: last.top + last.height / 2,
				};
			}
			throw new Error(`"${words}" is not one text node's text in #${id}`);
		},
		[id, words] as const,
	);
	await page.mouse.move(box.x1, box.y1);
	await page.mouse.down();
	await page.mouse.move(box.x2, box.y2, { steps: 8 });
	await page.mouse.up();
	expect(await page.evaluate(() => getSelection()?.toString())).toBe(words);
}

describe('copying the link to a statement or a paragraph', () => {
	it('hides the link controls until the passage is hovered', async () => {
		const page = await openArticle();
		const bar = page.locator('#q-johnstone-unsettled > .passage-links > .passage-links__bar');
		await page.mouse.move(1, 1);
		expect(await bar.evaluate((e) => getComputedStyle(e).opacity)).toBe('0');
		await page.locator('#q-johnstone-unsettled > .statement__words').hover();
		await expect.poll(() => bar.evaluate((e) => getComputedStyle(e).opacity), POLL).toBe('1');
		await page.close();
	});

	it('copies a statement’s id with a text fragment of its first and last words, and says “Link copied”', async () => {
		const page = await openArticle();
		await page.locator('#q-johnstone-unsettled > .statement__words').hover();
		await page
			.getByRole('link', { name: 'Link to this quote by Christopher Johnstone: “It’s an unsettled time' })
			.click();

		await expect.poll(() => page.getByRole('status').textContent(), POLL).toBe('Link copied');
		const link = await clipboard(page);
		expect(link.startsWith(`${baseUrl}${ARTICLE}#q-johnstone-unsettled:~:text=`)).toBe(true);
		const words = await wordsOf(page, 'q-johnstone-unsettled');
		const { start, end } = textDirective(link);
		expect(words.startsWith(start), `“${words}” starts with “${start}”`).toBe(true);
		expect(words.endsWith(end!), `“${words}” ends with “${end}”`).toBe(true);
		await page.close();
	});

	it('lands whoever follows a copied statement link on the quote’s words, highlighted, below the sticky header', async () => {
		const page = await openArticle();
		await page.locator('#q-weinstein-abe > .statement__words').hover();
		await page.locator('#q-weinstein-abe .permalink').click();
		await expect.poll(() => page.getByRole('status').textContent(), POLL).toBe('Link copied');
		const link = await clipboard(page);
		await page.close();

		const reader = await context.newPage();
		await reader.goto(link);
		await expectLandedOn(reader, 'q-weinstein-abe', { words: textDirective(link).start });
		await reader.close();
	});

	it('copies a paragraph’s link, which lands on that paragraph though it opens with an annotated name', async () => {
		const page = await openArticle();
		await page.locator('#p-hegseth-nakatani').hover();
		await page.getByRole('link', { name: 'Link to paragraph 2', exact: true }).click();
		await expect.poll(() => page.getByRole('status').textContent(), POLL).toBe('Link copied');
		const link = await clipboard(page);
		expect(link.startsWith(`${baseUrl}${ARTICLE}#p-hegseth-nakatani:~:text=`), link).toBe(true);
		await page.close();

		const reader = await context.newPage();
		await reader.goto(link);
		await expectLandedOn(reader, 'p-hegseth-nakatani', { words: 'will meet defence minister' });
		await reader.close();
	});

	it('by keyboard: Tab reaches a statement’s link, shows it, and Enter copies the link', async () => {
		const page = await openArticle();
		await page.locator('#q-johnstone-tariffs-looming .statement__by a').focus();
		await page.keyboard.press('Tab');
		const focused = page.locator(':focus');
		expect(await focused.getAttribute('aria-label')).toMatch(
			/^Link to this quote by Christopher Johnstone: “Secretary Hegseth’s/,
		);
		expect(await focused.evaluate((a) => a.closest('.statement')?.id)).toBe('q-johnstone-tariffs-looming');
		expect(await focused.evaluate((a) => getComputedStyle(a.parentElement!).opacity)).toBe('1');

		await page.keyboard.press('Enter');
		await expect.poll(() => page.getByRole('status').textContent(), POLL).toBe('Link copied');
		const link = await clipboard(page);
		expect(textDirective(link).start).toBe('“Secretary Hegseth’s visit');
		await page.close();

		const reader = await context.newPage();
		await reader.goto(link);
		await expectLandedOn(reader, 'q-johnstone-tariffs-looming', { words: '“Secretary Hegseth’s visit' });
		await reader.close();
	});

	it('without a Web Share sheet, Share opens the statement’s share page', async () => {
		const page = await openArticle();
		expect(await page.evaluate(() => 'share' in navigator)).toBe(false);
		await page.locator('#q-kato-deterrence > .statement__words').hover();
		await page.locator('#q-kato-deterrence').getByRole('link', { name: 'Share this quote by Katsunobu Kato' }).click();
		await page.waitForURL(`${baseUrl}/quotes/hegseth-tokyo-alliance/q-kato-deterrence/`);
		await page.close();
	});
});

describe('linking to selected words', () => {
	// “the US president” is in the third paragraph and again in the fifth: a link to the fifth needs context.
	const words = 'the US president';

	it('offers “Copy link to selection”, whose link lands on the selected words and not on their earlier twin', async () => {
		const page = await openArticle();
		await dragSelect(page, 'p-tariffs-burden', words);
		await page.getByRole('button', { name: 'Copy link to selection' }).click();
		await expect.poll(() => page.getByRole('status').textContent(), POLL).toBe('Link copied');
		const link = await clipboard(page);
		expect(link.startsWith(`${baseUrl}${ARTICLE}#p-tariffs-burden:~:text=`)).toBe(true);
		const directive = textDirective(link);
		expect(directive.start).toBe(words);
		expect(directive.prefix ?? directive.suffix, 'context that tells the twins apart').toBeDefined();
		await page.close();

		const reader = await context.newPage();
		await reader.goto(link);
		await expectLandedOn(reader, 'p-tariffs-burden', { words });
		await reader.close();
	});

	it('after a selection made with the mouse, Tab goes to “Copy link to selection”, right after the words', async () => {
		const page = await openArticle();
		await dragSelect(page, 'p-tariffs-burden', words);
		// The reader sees the button appear after the words, then presses Tab.
		await page.getByRole('button', { name: 'Copy link to selection' }).waitFor();
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.textContent);
		expect(focused).toBe('Copy link to selection');
		await page.close();
	});

	it('by keyboard: words selected with Shift and the arrow keys are linked with Alt+Shift+L', async () => {
		const page = await openArticle();
		expect(await page.locator('#selection-link-hint').isVisible()).toBe(true);
		// The caret is put before the words, as caret browsing's arrow keys would; Shift+Ctrl+Right selects 3 words.
		await page.locator('#p-tariffs-burden').scrollIntoViewIfNeeded();
		await page.evaluate((words) => {
			const walker = document.createTreeWalker(document.getElementById('p-tariffs-burden')!, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
				const at = node.data.indexOf(words);
				if (at !== -1) return getSelection()!.collapse(node, at);
			}
		}, words);
		await page.keyboard.down('Shift');
		for (let i = 0; i < 3; i++) await page.keyboard.press('Control+ArrowRight');
		await page.keyboard.up('Shift');
		expect((await page.evaluate(() => getSelection()?.toString()))?.trim()).toBe(words);

		await page.keyboard.press('Alt+Shift+L');
		await expect.poll(() => page.getByRole('status').textContent(), POLL).toBe('Link copied');
		const link = await clipboard(page);
		expect(textDirective(link).start).toBe(words);
		await page.close();

		const reader = await context.newPage();
		await reader.goto(link);
		await expectLandedOn(reader, 'p-tariffs-burden', { words });
		await reader.close();
	});
});

describe('arriving on a passage', () => {
	it('falls back to the passage the id names when the link’s words are no longer in the article', async () => {
		const page = await openArticle('#q-official-rely-on-us:~:text=words%20the%20editors%20have%20since%20removed');
		await expectLandedOn(page, 'q-official-rely-on-us', 'top');
		await page.close();
	});

	it('lands on a passage named by its id alone', async () => {
		const page = await openArticle('#p-command-plan');
		await expectLandedOn(page, 'p-command-plan', 'top');
		await page.close();
	});
});
