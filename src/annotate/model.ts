import type { Article } from '../schemas/article';
import type { DateReference } from '../schemas/date-reference';
import type { EditorialNote } from '../schemas/editorial-note';
import type { Person } from '../schemas/person';
import type { Statement } from '../schemas/statement';
import { AnnotationError } from './errors';
import { locate, type Location } from './locate';
import { anchorParagraphs, type AnchoredParagraph } from './passages';
import { checkPublishedAnchors } from './published-anchors';
import { findQuotations, scanQuotations } from './quotations';

/** What the annotations know beyond one article: the shared people and the theme vocabulary. */
export interface Registry {
	people: ReadonlyMap<string, Person>;
	themes: ReadonlyMap<string, { name: string }>;
}

/** One annotation placed in the body. `field` names the frontmatter entry it comes from. */
export type Annotation = Location & { field: string } & (
		| { type: 'statement'; statement: Statement }
		| { type: 'date'; date: DateReference }
		| { type: 'mention'; person: string }
		| { type: 'note'; note: EditorialNote }
	);

/** An article's body resolved against its annotations: every paragraph anchored, every annotation placed. */
export interface ArticleModel {
	paragraphs: AnchoredParagraph[];
	annotations: Annotation[];
	/** Every id a link may point at: paragraphs, statements, then aliases. */
	anchors: string[];
}

export interface ModelInput {
	file: string;
	article: Article;
	/** The text of each paragraph of the body, in order. */
	paragraphs: readonly string[];
	registry: Registry;
	/** Anchors of this article recorded as published (content/anchors/). */
	published: readonly string[];
}

/**
 * Checks an article's annotations against its body and places them.
 * Throws an AnnotationError naming the file and field for the first thing that is wrong.
 */
export function buildArticleModel({ file, article, paragraphs: texts, registry, published }: ModelInput): ArticleModel {
	const fail = (field: string, reason: string): never => {
		throw new AnnotationError(file, field, reason);
	};
	const place = (field: string, text: string, occurrence?: number): Location => {
		const found = locate(texts, text, occurrence);
		return 'problem' in found ? fail(field, found.problem) : found;
	};
	const checkThemes = (field: string, themes: readonly string[]) =>
		themes.forEach((theme, i) => {
			if (!registry.themes.has(theme)) fail(`${field}[${i}]`, unknown('theme', theme, registry.themes.keys()));
		});

	const anonymous = new Set<string>();
	article.anonymousSources.forEach((source, i) => {
		if (registry.people.has(source.id)) {
			fail(`anonymousSources[${i}].id`, `"${source.id}" is a named person's id; anonymous sources need their own`);
		}
		if (anonymous.has(source.id)) fail(`anonymousSources[${i}].id`, `"${source.id}" is declared twice`);
		anonymous.add(source.id);
	});

	const annotations: Annotation[] = [];

	article.people.forEach((id, i) => {
		if (article.people.indexOf(id) < i) fail(`people[${i}]`, `"${id}" is listed twice`);
		const person = registry.people.get(id) ?? fail(`people[${i}]`, unknown('person', id, registry.people.keys()));
		const location = firstMention(texts, [person.name, ...person.aliases]);
		if (!location) fail(`people[${i}]`, `${person.name} (or an alias) is not named in the body`);
		annotations.push({ type: 'mention', person: id, field: `people[${i}]`, ...location! });
	});

	const ids = new Map<string, string>();
	const claimId = (id: string, field: string) => {
		const other = ids.get(id);
		if (other) fail(field, `id "${id}" is already used by ${other}`);
		ids.set(id, field);
	};
	article.passages.forEach((passage, i) => {
		claimId(passage.id, `passages[${i}].id`);
		checkThemes(`passages[${i}].themes`, passage.themes);
	});

	article.statements.forEach((statement, i) => {
		const field = `statements[${i}]`;
		claimId(statement.id, `${field}.id`);
		checkThemes(`${field}.themes`, statement.themes);
		statement.speakers.forEach((speaker, j) => {
			if (anonymous.has(speaker)) return;
			if (!registry.people.has(speaker)) {
				fail(`${field}.speakers[${j}]`, unknown('speaker', speaker, [...article.people, ...anonymous]));
			}
			if (!article.people.includes(speaker)) {
				fail(`${field}.speakers[${j}]`, `"${speaker}" speaks but is not listed under "people"`);
			}
		});
		const location = place(`${field}.text`, statement.text, statement.occurrence);
		if (statement.kind === 'direct') {
			const quotation = findQuotations(texts[location.paragraph]!).find(
				(q) => q.innerStart === location.start && q.innerEnd === location.end,
			);
			if (!quotation) {
				fail(`${field}.text`, 'a direct statement must be the whole text between a pair of quotation marks');
			}
			// The marks belong to the quotation on the page.
			location.start = quotation!.start;
			location.end = quotation!.end;
		}
		annotations.push({ type: 'statement', statement, field, ...location });
	});

	texts.forEach((text, paragraph) => {
		const { quotations, stray } = scanQuotations(text);
		if (stray.length > 0) {
			const at = stray[0]!;
			fail(
				`body (paragraph ${paragraph + 1})`,
				`the quotation mark ${text[at]} after ${JSON.stringify(text.slice(Math.max(0, at - 30), at))} pairs with no other mark`,
			);
		}
		for (const quotation of quotations) {
			const covered = annotations.some(
				(a) =>
					a.type === 'statement' &&
					a.statement.kind === 'direct' &&
					a.paragraph === paragraph &&
					a.start === quotation.start,
			);
			if (!covered) {
				fail(
					'statements',
					`the quotation “${quotation.inner}” in paragraph ${paragraph + 1} is covered by no statement; add one with kind: direct`,
				);
			}
		}
	});

	article.dates.forEach((date, i) => {
		const field = `dates[${i}]`;
		annotations.push({ type: 'date', date, field, ...place(`${field}.text`, date.text, date.occurrence) });
	});

	article.notes.forEach((note, i) => {
		const field = `notes[${i}]`;
		const location = place(`${field}.text`, note.text, note.occurrence);
		const insideQuote = findQuotations(texts[location.paragraph]!).some(
			(q) => q.start < location.start && location.end < q.end,
		);
		if (insideQuote) {
			fail(
				`${field}.text`,
				'the words are inside a quotation, which the spinner left intact; notes mark the narration',
			);
		}
		annotations.push({ type: 'note', note, field, ...location });
	});

	checkNesting(annotations, fail);

	// A generated id equal to a published one is the same paragraph (the id is a hash of its text), so published
	// ids are not "taken"; retired ids kept as aliases are.
	const anchored = anchorParagraphs(texts, article.passages, new Set([...ids.keys(), ...Object.keys(article.aliases)]));
	if ('reason' in anchored) return fail(anchored.field, anchored.reason);

	const live = new Set([...anchored.map((p) => p.id), ...article.statements.map((s) => s.id)]);
	const anchorProblem = checkPublishedAnchors(published, live, article.aliases);
	if (anchorProblem) fail(anchorProblem.field, anchorProblem.reason);

	return { paragraphs: anchored, annotations, anchors: [...live, ...Object.keys(article.aliases)] };
}

/** The earliest place any of the names occurs as whole words, preferring the first name listed when two start together. */
function firstMention(texts: readonly string[], names: readonly string[]): Location | undefined {
	for (const [paragraph, text] of texts.entries()) {
		const hits = names
			.map((name) => ({ name, start: wholeWordIndex(text, name) }))
			.filter((hit) => hit.start !== -1)
			.sort((a, b) => a.start - b.start);
		const hit = hits[0];
		if (hit) return { paragraph, start: hit.start, end: hit.start + hit.name.length };
	}
	return undefined;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Where `name` first stands as whole words in `text` ("Trump" in "Trump’s", not in "Trumpism"), or -1. */
function wholeWordIndex(text: string, name: string): number {
	for (let start = text.indexOf(name); start !== -1; start = text.indexOf(name, start + 1)) {
		const before = text[start - 1] ?? ' ';
		const after = text[start + name.length] ?? ' ';
		if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) return start;
	}
	return -1;
}

/**
 * Annotations may nest, one wholly inside another, but must not overlap in part (the markup could not hold them),
 * nor mark the same words twice as one kind (an element nested in its twin: a link in a link, a date in a date).
 */
function checkNesting(annotations: readonly Annotation[], fail: (field: string, reason: string) => never): void {
	annotations.forEach((a, i) => {
		annotations.forEach((b, j) => {
			if (i === j || a.paragraph !== b.paragraph) return;
			if (a.start < b.start && b.start < a.end && a.end < b.end) {
				fail(textField(b), `overlaps ${a.field} in part; annotations may nest but not cross`);
			}
			if (i < j && a.type === b.type && a.start === b.start && a.end === b.end) {
				fail(textField(b), `marks the same words as ${a.field}; one annotation of a kind per place`);
			}
		});
	});
}

/** The field that says where an annotation is: a person is found by name, the others by their `text`. */
function textField(annotation: Annotation): string {
	return annotation.type === 'mention' ? annotation.field : `${annotation.field}.text`;
}

function unknown(what: string, id: string, known: Iterable<string>): string {
	return `unknown ${what} "${id}" (known: ${[...known].join(', ') || 'none'})`;
}
