import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { PAGE_KINDS } from '../support/site-pages';
import { articlePath } from '../../src/lib/paths';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The rules among those whose outcome depends on colour. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** Axe skips collecting the elements that pass, which is most of its time on a long page. */
const VIOLATIONS_ONLY = { resultTypes: ['violations' as const] };
const ARTICLE = articlePath('hegseth-tokyo-alliance');

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(() => browser?.close());

/** Axe's findings as lines a reader can act on: the rule, its impact and the first few offending elements. */
function summarise(violations: Result[]): string[] {
	return violations.map((violation) => {
		const where = violation.nodes.slice(0, 5).map((node) => node.target.join(' '));
		return `${violation.id} (${violation.impact}): ${violation.help} at ${where.join(' | ')}`;
	});
}

describe('axe, for WCAG 2.2 AA', () => {
	let page: Page;
	beforeAll(async () => {
		// Axe finishes its run in a page of its own, which it can only open beside one of an explicit context.
		page = await (await browser.newContext()).newPage();
	});

	/** Axe's violations on the page as it stands, in light colours and then in dark. */
	async function audit() {
		await page.emulateMedia({ colorScheme: 'light' });
		const light = await new AxeBuilder({ page }).withTags(WCAG_22_AA).options(VIOLATIONS_ONLY).analyze();
		await page.emulateMedia({ colorScheme: 'dark' });
		// The dark scheme changes colours and nothing else, so the colour rules are the ones that can find more.
		const dark = await new AxeBuilder({ page }).withRules(COLOUR_RULES).options(VIOLATIONS_ONLY).analyze();
		await page.emulateMedia({ colorScheme: 'light' });
		return { light: summarise(light.violations), dark: summarise(dark.violations) };
	}

	it.each(PAGE_KINDS)('finds no violation on the $kind page, in light colours or in dark', async ({ path, status }) => {
		const response = await page.goto(inject('baseUrl') + path);
		expect(response?.status()).toBe(status);
		expect(await audit()).toEqual({ light: [], dark: [] });
	});

	it('finds no violation on the search page once it shows results, in light colours or in dark', async () => {
		await page.goto(inject('baseUrl') + '/search/');
		await page.getByLabel('Words to find').fill('alliance');
		await page.keyboard.press('Enter');
		await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
		expect(await audit()).toEqual({ light: [], dark: [] });
	});

	it.each(['light', 'dark'] as const)(
		'paints the page in %s colours when the reader prefers them',
		async (colorScheme) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(inject('baseUrl') + ARTICLE);
			const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			const [r = 0, g = 0, b = 0] = background.match(/\d+/g)!.map(Number);
			const lightness = (r + g + b) / 3;
			if (colorScheme === 'dark') expect(lightness).toBeLessThan(64);
			else expect(lightness).toBeGreaterThan(192);
		},
	);
});

/** What the keyboard focus is on, and whether a sighted keyboard user can see it. */
interface FocusStop {
	tag: string;
	text: string;
	href: string;
	classes: string;
	/** Drawn inside the viewport, not hidden under the sticky header (WCAG 2.4.11). */
	onScreen: boolean;
	/** Shows an outline or a shadow ring while focused. */
	ringed: boolean;
}

function focusStop(page: Page): Promise<FocusStop | undefined> {
	return page.evaluate(() => {
		const element = document.activeElement;
		if (!element || element === document.body) return undefined;
		const style = getComputedStyle(element);
		const box = element.getClientRects()[0];
		const hit = box && document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
		return {
			tag: element.tagName.toLowerCase(),
			text: (element.textContent ?? '').trim(),
			href: element.getAttribute('href') ?? '',
			classes: element.className,
			onScreen: hit !== undefined && hit !== null && (hit === element || element.contains(hit)),
			ringed: outlined || style.boxShadow !== 'none',
		};
	});
}

describe('reading by keyboard alone', () => {
	let page: Page;
	/** Every element Tab reached that a sighted user could not see focused. */
	const unseen: string[] = [];

	beforeAll(async () => {
		// Without smooth scrolling, a focused element is in view as soon as the focus moves.
		page = await (await browser.newContext({ reducedMotion: 'reduce' })).newPage();
	});

	/** Presses Tab until the focus lands on an element that `wanted` accepts, checking every stop on the way. */
	async function tabTo(wanted: (stop: FocusStop) => boolean, limit = 150): Promise<FocusStop> {
		for (let presses = 0; presses < limit; presses++) {
			await page.keyboard.press('Tab');
			const stop = await focusStop(page);
			if (!stop) continue;
			if (!stop.onScreen || !stop.ringed) unseen.push(`${page.url()}: <${stop.tag}> “${stop.text}”`);
			if (wanted(stop)) return stop;
		}
		throw new Error(`Tab never reached the wanted element on ${page.url()} within ${limit} presses`);
	}

	it('offers a visible skip link first, which moves the focus past the site navigation', async () => {
		await page.goto(inject('baseUrl') + '/');
		const first = await tabTo(() => true, 1);
		expect(first.text).toBe('Skip to content');
		await page.keyboard.press('Enter');
		const next = await tabTo(() => true, 1);
		expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
		expect(next.href).not.toBe('');
		expect(unseen).toEqual([]);
	});

	it('opens an article from the home page, then the page of a person it names, showing where the focus is at every stop', async () => {
		const article = await tabTo((stop) => stop.href.startsWith('/articles/'));
		await page.keyboard.press('Enter');
		await page.waitForURL(`**${article.href}`);

		const person = await tabTo((stop) => stop.classes.split(' ').includes('person'));
		expect(person.href).toMatch(/^\/people\/[a-z-]+\/$/);
		await page.keyboard.press('Enter');
		await page.waitForURL(`**${person.href}`);
		await expect.poll(() => page.locator('h1').textContent()).toContain(person.text.split(' ').at(-1));
		expect(unseen).toEqual([]);
	});
});

describe('motion and print preferences', () => {
	it('scrolls smoothly only for readers who have not asked for reduced motion, and animates nothing for those who have', async () => {
		const scrollBehaviour = async (reducedMotion: 'reduce' | 'no-preference') => {
			const page = await (await browser.newContext({ reducedMotion })).newPage();
			await page.goto(inject('baseUrl') + ARTICLE);
			return page.evaluate(() => ({
				scroll: getComputedStyle(document.documentElement).scrollBehavior,
				moving: [...document.querySelectorAll('*')].filter((element) => {
					const style = getComputedStyle(element);
					const lasts = (durations: string) => durations.split(',').some((d) => parseFloat(d) > 0);
					return (style.animationName !== 'none' && lasts(style.animationDuration)) || lasts(style.transitionDuration);
				}).length,
			}));
		};
		expect(await scrollBehaviour('no-preference')).toMatchObject({ scroll: 'smooth' });
		expect(await scrollBehaviour('reduce')).toEqual({ scroll: 'auto', moving: 0 });
	});

	it('prints the article without the site navigation and footer, in black on white', async () => {
		const page = await (await browser.newContext()).newPage();
		await page.goto(inject('baseUrl') + ARTICLE);
		await page.emulateMedia({ media: 'print' });
		await expect.poll(() => page.locator('.site-header').isVisible()).toBe(false);
		expect(await page.locator('.site-footer').isVisible()).toBe(false);
		expect(await page.locator('.prose .passage').first().isVisible()).toBe(true);
		const colours = await page.evaluate(() => {
			const style = getComputedStyle(document.body);
			return { text: style.color, background: style.backgroundColor };
		});
		expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
	});
});
