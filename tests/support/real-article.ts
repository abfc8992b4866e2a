import { join } from 'node:path';
import { loadRegistry } from '../../src/annotate/load-registry';
import { articlePath } from '../../src/lib/paths';
import { readArticle } from './articles';
import { REAL_CONTENT } from './build-site';

/** The real site's article, as the end-to-end tests check it: its file, its people and its URL. */
export const REAL_SLUG = 'hegseth-tokyo-alliance';
export const REAL_ARTICLE = readArticle(join(REAL_CONTENT, 'articles', `${REAL_SLUG}.mdx`));
export const REAL_ARTICLE_PATH = articlePath(REAL_SLUG);
export const REAL_REGISTRY = loadRegistry(REAL_CONTENT);

/** The name a reader sees for a speaker id: a person's name, or the article's label for an anonymous source. */
export function speakerName(id: string): string {
	const person = REAL_REGISTRY.people.get(id);
	if (person) return person.name;
	const source = REAL_ARTICLE.frontmatter.anonymousSources.find((s) => s.id === id);
	if (!source) throw new Error(`no speaker "${id}" in ${REAL_SLUG}`);
	return source.label;
}
