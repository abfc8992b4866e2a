import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { recordAnchors } from '../../src/lib/anchor-registry';
import { launchChromium } from '../support/browser';
import { buildSite, copyContent, copyFixture, REAL_CONTENT } from '../support/build-site';
import { serve } from '../support/serve';

const classes = (element: Element) => String(element.properties.className ?? '').split(/[ ,]+/);

/** The text of the source inside an element: what annotations added (`.chrome`) left out. */
function sourceText(nodes: ElementContent[]): string {
	return nodes
		.map((node) => {
			if (node.type === 'text') return node.value;
			if (node.type !== 'element' || classes(node).includes('chrome')) return '';
			return sourceText(node.children);
		})
		.join('');
}

/** Every element with an id in the article's prose, id → its source text. */
async function anchorsOf(distDir: string, slug: string): Promise<Map<string, string>> {
	const html = await readFile(join(distDir, 'articles', slug, 'index.html'), 'utf8');
	const anchors = new Map<string, string>();
	visit(fromHtml(html), 'element', (prose) => {
		if (!classes(prose).includes('prose')) return;
		visit(prose, 'element', (element) => {
			if (element.properties.id) anchors.set(String(element.properties.id), sourceText(element.children));
		});
	});
	return anchors;
}

/** Builds, records the anchors as published, and returns them. */
async function publish(contentDir: string, slug: string): Promise<Map<string, string>> {
	const build = await buildSite(contentDir);
	expect(build.output, 'first build').toContain('Complete');
	await recordAnchors(build.distDir, contentDir);
	return anchorsOf(build.distDir, slug);
}

async function edit(file: string, change: (text: string) => string): Promise<void> {
	const before = await readFile(file, 'utf8');
	const after = change(before);
	expect(after, `the edit changed ${file}`).not.toBe(before);
	await writeFile(file, after);
}

/** Inserts a paragraph before the one starting `before`, and appends a sentence to the one starting `extend`. */
async function insertAndExtend(file: string, before: string, extend: string, sentence: string) {
	await edit(file, (text) =>
		text
			.replace(`\n${before}`, `\nA paragraph the editor added later, with nothing pinned to it.\n\n${before}`)
			.replace(new RegExp(`(\\n${extend}[^\\n]*)`), `$1 ${sentence}`),
	);
}

function expectEarlierAnchorsKept(earlier: Map<string, string>, later: Map<string, string>) {
	for (const [id, text] of earlier) {
		expect(later.has(id), `anchor #${id} still exists`).toBe(true);
		// An edited passage keeps its anchor: its new text extends the old one.
		expect(later.get(id)!.startsWith(text), `#${id} leads to the same passage`).toBe(true);
	}
}

describe('published anchors', () => {
	it('keep leading to the same passages when a paragraph is inserted and another is edited', async () => {
		const content = await copyFixture('anchors');
		const article = join(content, 'articles/harbour-talks.mdx');
		const earlier = await publish(content, 'harbour-talks');

		await insertAndExtend(article, '“We are close', 'Port officials', 'Both sides called the talks constructive.');
		const rebuilt = await buildSite(content);
		expect(rebuilt.ok, rebuilt.output).toBe(true);
		const later = await anchorsOf(rebuilt.distDir, 'harbour-talks');

		expectEarlierAnchorsKept(earlier, later);
		const added = [...later].filter(([id]) => !earlier.has(id));
		expect(added).toHaveLength(1);
		const [newId, newText] = added[0]!;
		expect(newText).toContain('A paragraph the editor added later');
		expect(newId).toMatch(/^p-[0-9a-f]{6,}$/);
	});

	it('stop the build when a passage disappears, until an alias names its replacement, which then receives its links', async () => {
		const content = await copyFixture('anchors');
		const article = join(content, 'articles/harbour-talks.mdx');
		await publish(content, 'harbour-talks');

		await edit(article, (text) =>
			text
				.replace("  - { id: p-resume, start: 'Talks resume on Thursday', themes: [trade] }\n", '')
				.replace('Talks resume on Thursday in the harbour master’s office.\n\n', ''),
		);
		const refused = await buildSite(content);
		expect(refused.ok).toBe(false);
		expect(refused.output).toContain('harbour-talks.mdx');
		expect(refused.output).toContain('aliases');
		expect(refused.output).toContain('"p-resume"');

		await edit(article, (text) => text.replace('statements:', 'aliases: { p-resume: p-close }\nstatements:'));
		const accepted = await buildSite(content);
		expect(accepted.ok, accepted.output).toBe(true);

		const server = await serve(accepted.distDir);
		const browser = await launchChromium();
		try {
			const page = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 800, height: 400 } });
			await page.goto(`${server.url}/articles/harbour-talks/#p-resume`);
			const replacement = page.locator('#p-close');
			await expect.poll(() => replacement.evaluate((p) => p.getBoundingClientRect().top)).toBeLessThan(400);
			expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
			const highlighted = await replacement.evaluate((p) => getComputedStyle(p).backgroundColor);
			const plain = await page.locator('#p-talks').evaluate((p) => getComputedStyle(p).backgroundColor);
			expect(highlighted).not.toBe(plain);
		} finally {
			await browser.close();
			await server.close();
		}
	});

	it('in the real article, survive an inserted paragraph and a sentence appended to another', async () => {
		const content = await copyContent(REAL_CONTENT);
		const article = join(content, 'articles/hegseth-tokyo-alliance.mdx');
		const earlier = await publish(content, 'hegseth-tokyo-alliance');

		await insertAndExtend(
			article,
			'In Washington, Trump and Ishiba',
			'Pete Hegseth will meet',
			'The ministers will also hold a press conference.',
		);
		const rebuilt = await buildSite(content);
		expect(rebuilt.ok, rebuilt.output).toBe(true);
		const later = await anchorsOf(rebuilt.distDir, 'hegseth-tokyo-alliance');

		expectEarlierAnchorsKept(earlier, later);
		expect([...later.keys()].filter((id) => !earlier.has(id))).toHaveLength(1);
	});
});
