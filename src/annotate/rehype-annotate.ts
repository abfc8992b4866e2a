import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { readFileSync } from 'node:fs';
import { basename, extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';
import { anonymousSourceAnchor, personPath, quotePath, statementsPath } from '../lib/paths';
import { ArticleSchema, type Article } from '../schemas/article';
import { AnnotationError, fieldPath } from './errors';
import { findImpossibleDates } from './impossible-dates';
import { displayPath, loadRegistry, type LoadedRegistry } from './load-registry';
import {
	dateMarkup,
	mentionMarkup,
	noteMarkup,
	paragraphLinkMarkup,
	passageThemesMarkup,
	statementMarkup,
	type SpeakerLabel,
} from './markup';
import { buildArticleModel, type Annotation, type ArticleModel } from './model';
import { wrapRanges, type MarkupRange } from './wrap';

export interface RehypeAnnotateOptions {
	/** The content folder: articles/, people/, themes/, anchors/. */
	contentDir: string | URL;
}

/** What the plugin hands the article page, through `remarkPluginFrontmatter`. */
export interface AnnotatedArticle {
	paragraphs: { id: string; text: string; themes: string[] }[];
	/** The passage (paragraph id) each dated reference and statement sits in, in frontmatter order. */
	datePassages: string[];
	statementPassages: Record<string, string>;
	anchors: string[];
}

/** Wraps outermost first when two annotations cover the same words. */
const RANK: Record<Annotation['type'], number> = { statement: 0, date: 1, mention: 2, note: 3 };

/**
 * Annotates articles at build time: checks each article's frontmatter against its verbatim body,
 * anchors every paragraph, and marks up statements, people, dates and the spinner's corrupted words.
 * Files outside `<contentDir>/articles/` pass through untouched.
 */
export default function rehypeAnnotate({ contentDir }: RehypeAnnotateOptions) {
	const root = typeof contentDir === 'string' ? resolve(contentDir) : fileURLToPath(contentDir);
	const articlesDir = resolve(root, 'articles') + sep;
	let registry: LoadedRegistry | undefined;

	return (tree: Root, file: VFile) => {
		if (!file.path || !resolve(file.path).startsWith(articlesDir)) return;
		registry ??= loadRegistry(root);
		const where = displayPath(file.path);
		const [impossible] = findImpossibleDates(readFileSync(file.path, 'utf8'));
		if (impossible)
			throw new AnnotationError(where, fieldPath(impossible.path), `${impossible.value} is not a real day`);
		rejectCode(tree, where);
		const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
		const article = parseArticle(where, astro?.frontmatter ?? {});
		const slug = basename(file.path, extname(file.path));

		const paragraphs = tree.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'p');
		const model = buildArticleModel({
			file: where,
			article,
			paragraphs: paragraphs.map((p) => toString(p)),
			registry,
			published: registry.published.get(slug) ?? [],
		});
		markUp(paragraphs, model, article, slug, registry);

		const annotated: AnnotatedArticle = {
			paragraphs: model.paragraphs.map(({ id, text, themes }) => ({ id, text, themes })),
			datePassages: model.annotations.flatMap((a) => (a.type === 'date' ? [model.paragraphs[a.paragraph]!.id] : [])),
			statementPassages: Object.fromEntries(
				model.annotations.flatMap((a) =>
					a.type === 'statement' ? [[a.statement.id, model.paragraphs[a.paragraph]!.id]] : [],
				),
			),
			anchors: model.anchors,
		};
		if (astro?.frontmatter) astro.frontmatter.annotated = annotated;
	};
}

/**
 * An article body is the source's text, verbatim: MDX's components, `{expressions}` and imports would put our code
 * (or, in copied text, anyone's markup) into the page unannotated, so each one stops the build with its place.
 */
function rejectCode(tree: Root, file: string): void {
	visit(tree, (node) => {
		if (!node.type.startsWith('mdx')) return;
		const at = node.position?.start;
		const where = at ? `body (line ${at.line}, column ${at.column})` : 'body';
		throw new AnnotationError(
			file,
			where,
			'markup and {expressions} are not allowed in an article body, which must be the source text verbatim; write a literal < or { as \\< or \\{',
		);
	});
}

function parseArticle(file: string, frontmatter: Record<string, unknown>): Article {
	const { annotated: _ignored, ...fields } = frontmatter;
	const result = ArticleSchema.safeParse(fields);
	if (result.success) return result.data;
	const issue = result.error.issues[0]!;
	throw new AnnotationError(file, fieldPath(issue.path) || '(frontmatter)', issue.message);
}

function markUp(paragraphs: Element[], model: ArticleModel, article: Article, slug: string, registry: LoadedRegistry) {
	const anonymous = new Map(article.anonymousSources.map((source) => [source.id, source]));
	const speaker = (id: string): SpeakerLabel => {
		const person = registry.people.get(id);
		if (person) return { name: person.name, href: personPath(id) };
		return { name: anonymous.get(id)!.label, href: `${statementsPath()}#${anonymousSourceAnchor(slug, id)}` };
	};
	const toRange = (a: Annotation): MarkupRange => ({
		start: a.start,
		end: a.end,
		rank: RANK[a.type],
		label: a.field,
		wrap: (children: ElementContent[]): ElementContent[] => {
			switch (a.type) {
				case 'statement':
					return [
						statementMarkup(a.statement, a.statement.speakers.map(speaker), quotePath(slug, a.statement.id), children),
					];
				case 'mention':
					return mentionMarkup(a.person, registry.people.get(a.person)!, children);
				case 'date':
					return dateMarkup(a.date, children);
				case 'note':
					return noteMarkup(a.note, children);
			}
		},
	});

	model.paragraphs.forEach((anchored, index) => {
		const paragraph = paragraphs[index]!;
		const ranges = model.annotations.filter((a) => a.paragraph === index).map(toRange);
		paragraph.children = wrapRanges(paragraph.children, ranges);
		paragraph.properties = { ...paragraph.properties, id: anchored.id, className: ['passage'] };
		paragraph.children.push(paragraphLinkMarkup(anchored.id, index + 1));
		const themes = anchored.themes.map((id) => ({ id, name: registry.themes.get(id)!.name }));
		if (themes.length > 0) paragraph.children.push(passageThemesMarkup(themes));
	});

	// An alias is an empty element with the retired id at the start of its replacement, so old links land there.
	for (const [alias, target] of Object.entries(article.aliases)) {
		const index = model.paragraphs.findIndex((p) => p.id === target);
		const host = index === -1 ? undefined : paragraphs[index];
		const anchor: Element = {
			type: 'element',
			tagName: 'span',
			properties: { id: alias, className: ['alias-anchor'] },
			children: [],
		};
		if (host) host.children.unshift(anchor);
		else prependToStatement(paragraphs, target, anchor);
	}
}

function prependToStatement(nodes: ElementContent[], id: string, anchor: Element): boolean {
	for (const node of nodes) {
		if (node.type !== 'element') continue;
		if (node.properties.id === id) {
			node.children.unshift(anchor);
			return true;
		}
		if (prependToStatement(node.children, id, anchor)) return true;
	}
	return false;
}
