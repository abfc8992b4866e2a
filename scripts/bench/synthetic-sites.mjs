import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** What `astro build` reads of this repository besides content and node_modules. */
const SITE_CODE = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'];
/** Caches Astro and Vite keep under node_modules: each site needs its own. */
const NODE_MODULES_CACHES = new Set(['.astro', '.vite']);

/** The real article every synthetic site is made of. */
export const SEED_SLUG = 'hegseth-tokyo-alliance';

/** The seed article split into its frontmatter (without the `---` fences) and its verbatim body. */
export async function readSeedArticle(repoRoot) {
	const source = await readFile(join(repoRoot, 'content/articles', `${SEED_SLUG}.mdx`), 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
	if (!match) throw new Error(`content/articles/${SEED_SLUG}.mdx: no frontmatter between --- fences`);
	const [, frontmatter, body] = match;
	const title = /^title: '(.*)'$/m.exec(frontmatter);
	if (!title) throw new Error(`content/articles/${SEED_SLUG}.mdx: no single-quoted title line to number the copies by`);
	return { frontmatter, body, title: title[1] };
}

/**
 * Gives a site folder its own node_modules made of links to this repository's packages. Astro writes state
 * beside the project (`.astro/` with the content module map, and `.astro/.prerender/` when the output folder is
 * outside the working directory) and Vite under `node_modules/.vite`: builds that share a project folder overwrite
 * each other's, so every benchmark build runs in a folder of its own.
 */
async function linkNodeModules(repoRoot, siteDir) {
	const target = join(siteDir, 'node_modules');
	await mkdir(target, { recursive: true });
	for (const name of await readdir(join(repoRoot, 'node_modules'))) {
		if (!NODE_MODULES_CACHES.has(name)) await symlink(join(repoRoot, 'node_modules', name), join(target, name));
	}
}

/** `<seed>-0001`…: file names sort in copy order, and each copy is its own page. */
export function copySlug(index) {
	return `${SEED_SLUG}-${String(index + 1).padStart(4, '0')}`;
}

/** A title that tells copies apart in listings and search results; single quotes doubled for YAML. */
function copyTitle(seed, index) {
	return `${seed.title} (copy ${index + 1})`.replaceAll("'", "''");
}

/**
 * The routes that give every statement its own share page and PNG card (issue 4). A plain MDX site has nothing like
 * them, so the benchmark also builds the annotated site without them, to tell their cost from the annotation's.
 */
const SHARE_ROUTES = 'src/pages/quotes';

/**
 * Writes a copy of this repository's site at `siteDir` (its code as it is now, so edits made while the benchmark
 * runs cannot mix into it) with `<siteDir>/content` holding `count` copies of the seed article with distinct slugs,
 * plus the real people, themes and the seed's published anchors under each copy's slug.
 * Statement and passage ids need not differ between copies: they are ids within one article page, and the
 * site-wide pages key anonymous sources by article slug. With `shareOutputs: false` the copy has no share pages and
 * cards (their links in other pages then lead nowhere, which a timing does not mind). Returns the content dir.
 */
export async function writeAnnotatedSite(repoRoot, siteDir, count, seed, { shareOutputs = true } = {}) {
	for (const path of SITE_CODE) {
		if (existsSync(join(repoRoot, path))) await cp(join(repoRoot, path), join(siteDir, path), { recursive: true });
	}
	if (!shareOutputs) await rm(join(siteDir, SHARE_ROUTES), { recursive: true });
	await linkNodeModules(repoRoot, siteDir);
	const contentDir = join(siteDir, 'content');
	const articlesDir = join(contentDir, 'articles');
	const anchorsDir = join(contentDir, 'anchors');
	await mkdir(articlesDir, { recursive: true });
	await mkdir(anchorsDir, { recursive: true });
	for (const folder of ['people', 'themes']) {
		await cp(join(repoRoot, 'content', folder), join(contentDir, folder), { recursive: true });
	}
	const seedAnchors = join(repoRoot, 'content/anchors', `${SEED_SLUG}.json`);
	const anchors = existsSync(seedAnchors) ? await readFile(seedAnchors, 'utf8') : undefined;
	for (let i = 0; i < count; i++) {
		const slug = copySlug(i);
		const frontmatter = seed.frontmatter.replace(/^title: '.*'$/m, `title: '${copyTitle(seed, i)}'`);
		await writeFile(join(articlesDir, `${slug}.mdx`), `---\n${frontmatter}\n---\n${seed.body}`);
		if (anchors !== undefined) await writeFile(join(anchorsDir, `${slug}.json`), anchors);
	}
	return contentDir;
}

const PLAIN_FILES = {
	'package.json': JSON.stringify({ name: 'plain-mdx-bench', private: true, type: 'module' }, null, '\t'),
	'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

export default defineConfig({
	output: 'static',
	trailingSlash: 'always',
	markdown: { processor: unified({ smartypants: false }) },
	integrations: [mdx()],
});
`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const articles = defineCollection({
	loader: glob({ base: './content/articles', pattern: '**/*.mdx' }),
	schema: z.object({ title: z.string() }),
});

export const collections = { articles };
`,
	'src/layouts/Layout.astro': `---
const { title } = Astro.props;
---

<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<title>{title}</title>
	</head>
	<body>
		<main><slot /></main>
	</body>
</html>
`,
	'src/pages/articles/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Layout from '../../layouts/Layout.astro';

export async function getStaticPaths() {
	const entries = await getCollection('articles');
	return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<Layout title={entry.data.title}>
	<h1>{entry.data.title}</h1>
	<Content />
</Layout>
`,
};

/**
 * Writes a minimal Astro project at `siteDir` holding the same bodies as plain MDX, with only a title,
 * built by the `unified()` processor with no annotation plugins: what someone would build without this project.
 * It uses this repository's packages through links.
 */
export async function writePlainSite(repoRoot, siteDir, count, seed) {
	for (const [path, text] of Object.entries(PLAIN_FILES)) {
		await mkdir(join(siteDir, path, '..'), { recursive: true });
		await writeFile(join(siteDir, path), text);
	}
	await linkNodeModules(repoRoot, siteDir);
	const articlesDir = join(siteDir, 'content/articles');
	await mkdir(articlesDir, { recursive: true });
	for (let i = 0; i < count; i++) {
		await writeFile(join(articlesDir, `${copySlug(i)}.mdx`), `---\ntitle: '${copyTitle(seed, i)}'\n---\n${seed.body}`);
	}
	return siteDir;
}
