// @ts-check
import mdx from '@astrojs/mdx';
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
	markdown: {
		// Sätteri, Astro's default processor, runs no remark/rehype plugins; MDX follows this processor.
		processor: unified({
			// SmartyPants would rewrite the verbatim body's punctuation.
			smartypants: false,
			rehypePlugins: [[rehypeAnnotate, { contentDir }]],
		}),
	},
	integrations: [mdx(), searchIndex()],
});
