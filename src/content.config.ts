import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { siteContent } from './lib/site-content';
import { ArticleSchema } from './schemas/article';
import { PersonSchema } from './schemas/person';
import { ThemeSchema } from './schemas/theme';

const { contentDir } = siteContent();

const articles = defineCollection({
	loader: glob({ base: `${contentDir}/articles`, pattern: '**/*.mdx' }),
	schema: ArticleSchema,
});

const people = defineCollection({
	loader: glob({ base: `${contentDir}/people`, pattern: '*.yaml' }),
	schema: PersonSchema,
});

const themes = defineCollection({
	loader: glob({ base: `${contentDir}/themes`, pattern: '*.yaml' }),
	schema: ThemeSchema,
});

export const collections = { articles, people, themes };
