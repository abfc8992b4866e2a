import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Element, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit, SKIP } from 'unist-util-visit';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePath, quotePath } from '../../src/lib/paths';
import { launchChromium } from '../support/browser';
import { buildSite, copyFixture, type BuildResult } from '../support/build-site';
import { serve } from '../support/serve';
import { builtPages, urlPathOf } from '../support/site-pages';

const SLUG = 'hostile-markup';
const ARTICLE_FILE = `articles/${SLUG}.mdx`;
const STATEMENT = 'q-ada-hostile';

/** Every string of the fixture that holds markup, by where it was written (`articles/x.mdx: title`). */
function hostileStrings(contentDir: string): Map<string, string> {
	const found = new Map<string, string>();
	const collect = (file: string, value: unknown, path: string) => {
		if (typeof value === 'string' && value.includes('<script>')) found.set(`${file}: ${path}`, value);
		else if (value && typeof value === 'object') {
			for (const [key, inner] of Object.entries(value)) collect(file, inner, path ? `${path}.${key}` : key);
		}
	};
	for (const folder of ['articles', 'people', 'themes']) {
		for (const name of readdirSync(join(contentDir, folder))) {
			const source = readFileSync(join(contentDir, folder, name), 'utf8');
			const data = name.endsWith('.mdx') ? /^---\n([\s\S]*?)\n---/.exec(source)![1]! : source;
			collect(`${folder}/${name}`, parse(data), '');
		}
	}
	return found;
}

/** The text a reader sees on a page, title included: script and style contents are not text. */
function visibleText(tree: Root): string {
	let text = '';
	visit(tree, (node) => {
		if (node.type === 'element' && ['script', 'style', 'template', 'noscript'].includes((node as Element).tagName)) {
			return SKIP;
		}
		if (node.type === 'text') text += (node as Text).value;
		return undefined;
	});
	return text;
}

/** Every string inside a JSON value. */
function stringsIn(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
	return [];
}

describe('a site whose every text field holds hostile markup', () => {
	let contentDir: string;
	let build: BuildResult;
	let hostile: Map<string, string>;
	const trees = new Map<string, Root>();
	const page = (file: string) => trees.get(file)!;
	const html = (file: string) => readFileSync(join(build.distDir, file), 'utf8');

	beforeAll(async () => {
		contentDir = await copyFixture('hostile');
		hostile = hostileStrings(contentDir);
		build = await buildSite(contentDir);
		if (!build.ok) throw new Error(`the hostile fixture did not build:\n${build.output}`);
		for (const file of builtPages(build.distDir)) trees.set(file, fromHtml(html(file)));
	});

	it('has markup in every text field of the fixture, so that the checks below cover them all', () => {
		expect([...hostile.keys()]).toEqual(
			expect.arrayContaining([
				`${ARTICLE_FILE}.mdx: title`.replace('.mdx.mdx', '.mdx'),
				`${ARTICLE_FILE}: dek`,
				`${ARTICLE_FILE}: source.name`,
				`${ARTICLE_FILE}: statements.0.text`,
				`${ARTICLE_FILE}: anonymousSources.0.label`,
				`${ARTICLE_FILE}: dates.0.event`,
				`${ARTICLE_FILE}: notes.0.original`,
				'people/ada-hostile.yaml: name',
				'themes/hostile-theme.yaml: name',
			]),
		);
	});

	it('shows every one of those fields somewhere on the site, character for character, as text', () => {
		const texts = [...trees.values()].map(visibleText);
		const missing = [...hostile]
			.filter(([, value]) => !texts.some((text) => text.includes(value)))
			.map(([where]) => where);
		expect(missing).toEqual([]);
	});

	it('turns none of it into markup: no injected element, event handler or script on any page', () => {
		const injected: string[] = [];
		for (const [file, tree] of trees) {
			visit(tree, 'element', (element: Element) => {
				const handlers = Object.keys(element.properties).filter((name) => /^on[A-Z]/.test(name));
				if (handlers.length > 0) injected.push(`${file}: <${element.tagName}> with ${handlers.join(', ')}`);
				if (element.tagName === 'img' && element.properties.src === 'x') injected.push(`${file}: <img src=x>`);
				if (element.tagName !== 'script') return;
				const code = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
				if (element.properties.type === 'application/ld+json') {
					try {
						JSON.parse(code);
					} catch {
						injected.push(`${file}: a JSON-LD block cut short: ${code.slice(0, 80)}`);
					}
				} else if (code.includes('alert(')) injected.push(`${file}: <script>${code.slice(0, 40)}`);
			});
		}
		expect(injected).toEqual([]);
	});

	it('keeps the strings whole inside JSON-LD, where a </script> would otherwise end the block', () => {
		const inJsonLd = new Set<string>();
		for (const tree of trees.values()) {
			visit(tree, 'element', (element: Element) => {
				if (element.tagName !== 'script' || element.properties.type !== 'application/ld+json') return;
				const code = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
				for (const value of stringsIn(JSON.parse(code))) inJsonLd.add(value);
			});
		}
		const title = hostile.get(`${ARTICLE_FILE}: title`)!;
		const quote = hostile.get(`${ARTICLE_FILE}: statements.0.text`)!;
		expect([...inJsonLd]).toEqual(expect.arrayContaining([title, quote]));
	});

	it('writes the headline and summary into the page head exactly as given', () => {
		const article = `${articlePath(SLUG).slice(1)}index.html`;
		let title = '';
		let description: unknown;
		visit(page(article), 'element', (element: Element) => {
			if (element.tagName === 'title') title = visibleText({ type: 'root', children: element.children });
			if (element.tagName === 'meta' && element.properties.name === 'description')
				description = element.properties.content;
		});
		expect(title).toBe(`${hostile.get(`${ARTICLE_FILE}: title`)} · Annotated News`);
		expect(description).toBe(hostile.get(`${ARTICLE_FILE}: dek`));
	});

	it('lists the article in the RSS feed with its headline and summary as text', () => {
		const feed = new XMLParser({ isArray: (name) => name === 'item' }).parse(html('rss.xml'));
		const [item] = feed.rss.channel.item as { title: string; description: string }[];
		expect(item).toMatchObject({
			title: hostile.get(`${ARTICLE_FILE}: title`),
			description: hostile.get(`${ARTICLE_FILE}: dek`),
		});
	});

	it('shows the quotation and its speaker as text on its share page, beside a share card image', () => {
		const share = quotePath(SLUG, STATEMENT).slice(1);
		const text = visibleText(page(`${share}index.html`));
		expect(text).toContain(hostile.get(`${ARTICLE_FILE}: statements.0.text`));
		expect(text).toContain(hostile.get('people/ada-hostile.yaml: name'));
		const card = readFileSync(join(build.distDir, share, 'card.png'));
		expect(card.subarray(1, 4).toString()).toBe('PNG');
	});

	describe('in a browser', () => {
		let close: () => Promise<void>;
		let baseUrl: string;
		let browser: Awaited<ReturnType<typeof launchChromium>>;

		beforeAll(async () => {
			const server = await serve(build.distDir);
			close = server.close;
			baseUrl = server.url;
			browser = await launchChromium();
		});
		afterAll(async () => {
			await browser?.close();
			await close?.();
		});

		it('opens no dialog on any page, and search results show the hostile words as text', async () => {
			const tab = await browser.newPage();
			const dialogs: string[] = [];
			tab.on('dialog', (dialog) => {
				dialogs.push(`${tab.url()}: ${dialog.message()}`);
				void dialog.dismiss();
			});
			for (const file of trees.keys()) {
				await tab.goto(baseUrl + urlPathOf(file));
				await tab.mouse.move(10, 10);
				await tab.locator('main').hover();
			}

			await tab.goto(`${baseUrl}/search/`);
			await tab.getByLabel('Words to find').fill('onmouseover');
			await tab.keyboard.press('Enter');
			const results = tab.locator('#search-results > li');
			await results.first().waitFor({ timeout: 10_000 });
			await results.first().hover();
			const shown = await tab.locator('#search-results').evaluate((list) => ({
				text: list.textContent ?? '',
				injected: list.querySelectorAll('script, img, [onmouseover], [onerror]').length,
			}));
			expect(shown.text).toContain(hostile.get(`${ARTICLE_FILE}: statements.0.text`));
			expect(shown.injected).toBe(0);
			expect(dialogs).toEqual([]);
		});
	});
});

describe('an article body that is not valid MDX', () => {
	it.each([
		['an expression brace that never closes', 'A stray { brace in the body.'],
		['a tag whose attribute is not quoted', 'A tag <img src=x onerror=alert(1)> in the body.'],
	])('stops the build on %s, naming the file, line and column', async (_, line) => {
		const contentDir = await copyFixture('hostile');
		await appendFile(join(contentDir, ARTICLE_FILE), `\n${line}\n`);
		const build = await buildSite(contentDir);
		expect(build.ok, build.output).toBe(false);
		expect(build.output).toMatch(new RegExp(`${ARTICLE_FILE.replace('.', '\\.')}:\\d+:\\d+`));
		expect(existsSync(join(build.distDir, articlePath(SLUG), 'index.html'))).toBe(false);
	});
});
