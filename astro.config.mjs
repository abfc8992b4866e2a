// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeAnnotate from './src/annotate/rehype-annotate.ts';
import searchIndex from './src/integrations/search-index.ts';
import { siteContent } from './src/lib/site-content.ts';

const { contentDir, outDir, cacheDir } = siteContent();

export default defineConfig({
	site: 'https://annotated-news.example',
	output: 'static',
	trailingSlash: 'always',
	outDir,
	cacheDir,
	build: {
		// Several pages at once: while one share card is rasterised off the main thread (src/lib/share-card.ts),
		// the next page is rendered on it, so a build uses both of a small machine's cores.
		concurrency: 4,
	},
	markdown: {
		// News prose has no code; Shiki's inline styles would also break the CSP below.
		syntaxHighlight: false,
		// Sätteri, Astro's default processor, runs no remark/rehype plugins; MDX follows this processor.
		processor: unified({
			// SmartyPants would rewrite the verbatim body's punctuation.
			smartypants: false,
			rehypePlugins: [[rehypeAnnotate, { contentDir }]],
		}),
	},
	integrations: [
		// An article body holds no components or expressions (rehype-annotate rejects them), so MDX can emit it as
		// one HTML string instead of a JSX call per element: 28 annotated statements make thousands of those.
		mdx({ optimize: true }),
		searchIndex(),
		sitemap(),
	],
	security: {
		// Astro hashes its own scripts and styles into script-src/style-src; nothing inline is allowed beyond those.
		csp: {
			directives: [
				"default-src 'self'",
				// Pagefind runs its search in a worker, /pagefind/pagefind-worker.js.
				"worker-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind compiles its WebAssembly search engine in the browser.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
});
