import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { AnnotatedArticle } from '../annotate/rehype-annotate';
import type { Statement } from '../schemas/statement';
import { anonymousSourceAnchor, articlePath, personPath, statementsPath } from './paths';

/** Someone quoted on the site: a named person, or an article's anonymous source. */
export interface Speaker {
	/** A person's id, or `anon-<article>-<source>` for an anonymous source. */
	key: string;
	name: string;
	/** Role and affiliation for a named person; what the article says of an anonymous one. */
	description: string;
	role?: string;
	anonymous: boolean;
	href: string;
}

/** A statement with everything a listing of it needs. */
export interface StatementEntry {
	statement: Statement;
	article: ArticleEntry;
	speakers: Speaker[];
	/** The statement's passage on the article page. */
	url: string;
}

export interface ArticleEntry {
	entry: CollectionEntry<'articles'>;
	slug: string;
	url: string;
	annotated: AnnotatedArticle;
	speakers: Map<string, Speaker>;
}

export interface Catalog {
	/** Newest first. */
	articles: ArticleEntry[];
	people: Map<string, CollectionEntry<'people'>>;
	themes: Map<string, CollectionEntry<'themes'>>;
	statements: StatementEntry[];
}

let catalog: Promise<Catalog> | undefined;

/** Everything the pages show, read and cross-referenced once per build rather than once per page. */
export function getCatalog(): Promise<Catalog> {
	catalog ??= loadCatalog();
	return catalog;
}

async function loadCatalog(): Promise<Catalog> {
	const [articleEntries, peopleEntries, themeEntries] = await Promise.all([
		getCollection('articles'),
		getCollection('people'),
		getCollection('themes'),
	]);
	const people = new Map(peopleEntries.map((p) => [p.id, p]));
	const themes = new Map(themeEntries.map((t) => [t.id, t]));

	const articles = await Promise.all(
		articleEntries.map(async (entry): Promise<ArticleEntry> => {
			const { remarkPluginFrontmatter } = await render(entry);
			const slug = entry.id;
			const speakers = new Map<string, Speaker>();
			for (const id of entry.data.people) {
				const person = people.get(id)!.data;
				const description = `${person.role}, ${person.affiliation}`;
				speakers.set(id, {
					key: id,
					name: person.name,
					description,
					role: person.role,
					anonymous: false,
					href: personPath(id),
				});
			}
			for (const source of entry.data.anonymousSources) {
				const key = anonymousSourceAnchor(slug, source.id);
				speakers.set(source.id, {
					key,
					name: source.label,
					description: source.description,
					anonymous: true,
					href: `${statementsPath()}#${key}`,
				});
			}
			return {
				entry,
				slug,
				url: articlePath(slug),
				annotated: remarkPluginFrontmatter.annotated as AnnotatedArticle,
				speakers,
			};
		}),
	);
	articles.sort((a, b) => b.entry.data.published.valueOf() - a.entry.data.published.valueOf());

	const statements = articles.flatMap((article) =>
		article.entry.data.statements.map((statement) => ({
			statement,
			article,
			speakers: statement.speakers.map((id) => article.speakers.get(id)!),
			url: `${article.url}#${statement.id}`,
		})),
	);
	return { articles, people, themes, statements };
}
