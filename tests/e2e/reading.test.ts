import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { statementWords } from '../support/articles';
import { launchChromium } from '../support/browser';
import { REAL_ARTICLE, REAL_ARTICLE_PATH, speakerName } from '../support/real-article';

const { frontmatter, paragraphs: source } = REAL_ARTICLE;

let browser: Browser;
let page: Page;

/** Opens the article in a fresh page of a context without JavaScript, as a reader with scripts off would. */
async function openArticle(): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const opened = await context.newPage();
	await opened.goto(inject('baseUrl') + REAL_ARTICLE_PATH);
	return opened;
}

/** Removes everything the annotations added to the prose, leaving the source text laid out as the page lays it out. */
async function removeChrome(target: Page): Promise<void> {
	await target.$$eval('.prose [data-pagefind-ignore], .prose .chrome', (chrome) =>
		chrome.forEach((element) => element.remove()),
	);
}

beforeAll(async () => {
	browser = await launchChromium();
	page = await openArticle();
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
		expect(rendered).toHaveLength(20);
		expect(rendered).toEqual(source);
	});

	it('gives each paragraph an id of its own, unique on the page', async () => {
		const paragraphIds = await page.$$eval('.prose p.passage', (paragraphs) => paragraphs.map((p) => p.id));
		const allIds = await page.$$eval('[id]', (elements) => elements.map((element) => element.id));
		expect(paragraphIds).toHaveLength(source.length);
		for (const id of paragraphIds) {
			expect(id).not.toBe('');
			expect(
				allIds.filter((other) => other === id),
				id,
			).toHaveLength(1);
		}
	});

	it('glues no words together: each paragraph as laid out, chrome set aside, has the source’s words', async () => {
		const laidOut = await openArticle();
		await removeChrome(laidOut);
		const rendered = await laidOut.$$eval('.prose p.passage', (paragraphs) =>
			paragraphs.map((p) => (p as HTMLElement).innerText),
		);
		const words = (text: string) => text.trim().split(/\s+/);
		expect(rendered.map(words)).toEqual(source.map(words));
		await laidOut.context().close();
	});

	it('keeps the space between two annotations that sit side by side', async () => {
		const laidOut = await openArticle();
		await removeChrome(laidOut);
		// Annotations with nothing, or nothing but white space, between them: where compressHTML strips a bare space.
		const pairs = await laidOut.$$eval(
			'.prose .statement, .prose time.date, .prose .spun, .prose a.person',
			(annotations) =>
				annotations.flatMap((left) => {
					const next = left.nextSibling;
					const right = next?.nodeType === Node.TEXT_NODE && next.textContent!.trim() === '' ? next.nextSibling : next;
					if (!(right instanceof HTMLElement) || !annotations.includes(right)) return [];
					const paragraph = left.closest('p')!;
					return [
						{
							paragraph: [...document.querySelectorAll('.prose p.passage')].indexOf(paragraph),
							ids: [left.id, right.id],
							seam: `${(left as HTMLElement).innerText.trim().split(/\s+/).at(-1)} ${right.innerText.trim().split(/\s+/)[0]}`,
							text: paragraph.innerText,
						},
					];
				}),
		);
		// The official's reported words run straight into his quotation, with one space between in the source.
		expect(pairs.map(({ ids }) => ids)).toContainEqual(['r-official-assumptions', 'q-official-assumptions']);
		for (const { paragraph, seam, text } of pairs)
			expect(text.includes(seam), seam).toBe(source[paragraph]!.includes(seam));
		await laidOut.context().close();
	});

	it('marks every statement of the frontmatter in the text, direct ones with their quotation marks', async () => {
		expect(frontmatter.statements).toHaveLength(28);
		expect(frontmatter.statements.filter((s) => s.kind === 'direct')).toHaveLength(16);
		const plain = await openArticle();
		await removeChrome(plain);
		expect(await plain.locator('.prose .statement').count()).toBe(frontmatter.statements.length);
		for (const statement of frontmatter.statements) {
			const element = plain.locator(`.prose .statement--${statement.kind}[id="${statement.id}"]`);
			expect(await element.count(), statement.id).toBe(1);
			expect(await element.textContent(), statement.id).toBe(statementWords(statement));
		}
		await plain.context().close();
	});

	it('shows after every statement, visibly, who said it', async () => {
		const speakersOf = new Map(frontmatter.statements.map((s) => [s.id, s.speakers.map(speakerName)]));
		const statements = page.locator('.prose .statement');
		for (let i = 0; i < (await statements.count()); i++) {
			const statement = statements.nth(i);
			const id = (await statement.getAttribute('id'))!;
			const by = statement.locator(':scope > .statement__by');
			expect(await by.isVisible(), id).toBe(true);
			const visible = await by.innerText();
			for (const name of speakersOf.get(id)!) expect(visible, id).toContain(name);
		}
	});

	it('puts “April 2” and “2027” in time elements that give their dates', async () => {
		const times = await page.$$eval('.prose time', (elements) =>
			elements.map((time) => [time.textContent!, time.getAttribute('datetime')]),
		);
		expect(times).toContainEqual(['April 2', '2025-04-02']);
		expect(times.find(([text]) => text!.includes('2027'))?.[1]).toBe('2027');
	});

	it.each([
		['White Home', 'White House'],
		['Monetary Occasions', 'Financial Times'],
		['Nationwide Safety Council', 'National Security Council'],
	])('follows the spinner’s “%s” with an editorial note giving the likely original, %s', async (spun, original) => {
		const marked = page.locator('.prose .spun', { hasText: spun });
		expect(await marked.count()).toBeGreaterThan(0);
		const note = marked.first().locator('xpath=following-sibling::*[1]');
		expect(await note.getAttribute('class')).toContain('editorial-note');
		expect(await note.isVisible()).toBe(true);
		expect(await note.innerText()).toContain(original);
	});
});
