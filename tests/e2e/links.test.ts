import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, urlPathOf } from '../support/site-pages';

const distDir = inject('distDir');

/** Attributes that point at another resource of the site, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src'],
	source: ['src'],
	form: ['action'],
};

interface Reference {
	page: string;
	url: URL;
	/** How the page wrote it, for the failure message. */
	written: string;
}

const trees = new Map<string, Root>();
const tree = (file: string) =>
	trees.get(file) ?? trees.set(file, fromHtml(readFileSync(join(distDir, file), 'utf8'))).get(file)!;

/** The `<link>` elements of a page: rel, type and href. */
function linkElements(file: string): { rel: string[]; type: string; href: string }[] {
	const links: { rel: string[]; type: string; href: string }[] = [];
	visit(tree(file), 'element', (element: Element) => {
		if (element.tagName !== 'link') return;
		const { rel = [], type = '', href = '' } = element.properties;
		links.push({ rel: [rel].flat().map(String), type: String(type), href: String(href) });
	});
	return links;
}

/** The site's own address, as its home page names it. */
const SITE = new URL(linkElements('index.html').find(({ rel }) => rel.includes('canonical'))!.href);

/** The file a static host serves for a URL of this site, or undefined when there is none. */
function fileFor(url: URL): string | undefined {
	const path = decodeURIComponent(url.pathname).slice(1);
	const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
	return existsSync(join(distDir, file)) ? file : undefined;
}

/** Every id a fragment can target on a built page. */
function idsOf(file: string): Set<string> {
	const ids = new Set<string>();
	visit(tree(file), 'element', (element: Element) => {
		if (element.properties.id !== undefined) ids.add(String(element.properties.id));
		if (element.tagName === 'a' && element.properties.name !== undefined) ids.add(String(element.properties.name));
	});
	return ids;
}

/** A fragment as the page's id: percent-decoded, with any text directive (`:~:text=…`) set aside. */
function fragmentId(url: URL): string {
	return decodeURIComponent(url.hash.slice(1).split(':~:')[0]!);
}

/** Every URL of this site that a page links to or loads, with the page's own address as the base. */
function referencesOf(page: string): Reference[] {
	const base = new URL(urlPathOf(page), SITE);
	const references: Reference[] = [];
	visit(tree(page), 'element', (element: Element) => {
		const attributes = [...(URL_ATTRIBUTES[element.tagName] ?? [])];
		// Social previews: og:url, og:image and the like name absolute URLs of the site.
		if (
			element.tagName === 'meta' &&
			/^(og|twitter):(url|image)$/.test(String(element.properties.property ?? element.properties.name))
		) {
			attributes.push('content');
		}
		for (const attribute of attributes) {
			const written = element.properties[attribute];
			if (typeof written !== 'string') continue;
			const url = new URL(written, base);
			if (url.origin === SITE.origin) references.push({ page, url, written });
		}
	});
	return references;
}

/** Why a reference does not resolve, or undefined when it does. */
function brokenBecause({ url }: Reference): string | undefined {
	const file = fileFor(url);
	if (!file) return 'no such file';
	const id = fragmentId(url);
	if (id === '') return undefined;
	if (!file.endsWith('.html')) return `#${id} on a file that is not a page`;
	return idsOf(file).has(id) ? undefined : `no element with id "${id}"`;
}

const pages = builtPages(distDir);
let references: Reference[];
beforeAll(() => {
	references = pages.flatMap(referencesOf);
});

describe('links in the built site', () => {
	it('finds the links of every page', () => {
		expect(references.length).toBeGreaterThan(pages.length);
		expect(references.some(({ url }) => url.hash !== '')).toBe(true);
	});

	it('every internal link, stylesheet, script and image resolves to a built file, and every #fragment to an id on it', () => {
		const broken = references
			.map((reference) => ({ reference, reason: brokenBecause(reference) }))
			.filter(({ reason }) => reason !== undefined)
			.map(({ reference, reason }) => `${reference.page}: ${reference.written} (${reason})`);
		expect([...new Set(broken)]).toEqual([]);
	});

	it('opens no link in a new tab without rel="noopener"', () => {
		const unsafe: string[] = [];
		for (const page of pages) {
			visit(tree(page), 'element', (element: Element) => {
				if (element.properties.target !== '_blank') return;
				const rel = [element.properties.rel ?? []].flat().map(String);
				if (!rel.includes('noopener') && !rel.includes('noreferrer'))
					unsafe.push(`${page}: ${element.properties.href}`);
			});
		}
		expect(unsafe).toEqual([]);
	});
});

describe('feeds and crawler files', () => {
	const text = (file: string) => readFileSync(join(distDir, file), 'utf8');
	const xml = (file: string) =>
		new XMLParser({ isArray: (name) => ['sitemap', 'url', 'item'].includes(name) }).parse(text(file));

	it('robots.txt points crawlers at a sitemap index that exists', () => {
		const sitemap = text('robots.txt').match(/^Sitemap: (\S+)$/m)?.[1];
		expect(sitemap).toBeDefined();
		const url = new URL(sitemap!);
		expect(url.origin).toBe(SITE.origin);
		expect(fileFor(url)).toBe('sitemap-index.xml');
	});

	it('the sitemap lists every page of the site and nothing else', () => {
		const sitemaps: { loc: string }[] = xml('sitemap-index.xml').sitemapindex.sitemap;
		const files = sitemaps.map(({ loc }) => fileFor(new URL(loc)));
		expect(files).not.toContain(undefined);
		const listed = files.flatMap((file) =>
			(xml(file!).urlset.url as { loc: string }[]).map(({ loc }) => fileFor(new URL(loc))),
		);
		expect(listed.sort()).toEqual(pages.filter((page) => page !== '404.html'));
	});

	it('the RSS feed links every article, and the pages link the feed', () => {
		const items: { link: string }[] = xml('rss.xml').rss.channel.item;
		const linked = items.map(({ link }) => fileFor(new URL(link)));
		expect(linked.sort()).toEqual(pages.filter((page) => page.startsWith('articles/')));
		const feeds = linkElements('index.html').filter(
			({ rel, type }) => rel.includes('alternate') && type === 'application/rss+xml',
		);
		expect(feeds.map(({ href }) => href)).toEqual(['/rss.xml']);
	});

	it('every page names the SVG favicon', () => {
		const without = pages.filter(
			(page) => !linkElements(page).some(({ rel, href }) => rel.includes('icon') && href === '/favicon.svg'),
		);
		expect(without).toEqual([]);
		expect(text('favicon.svg')).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
	});
});
