import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ArticleSchema, type Article } from '../../src/schemas/article';

export interface ArticleFile {
	frontmatter: Article;
	/** The body's paragraphs, exactly as the editor wrote them. */
	paragraphs: string[];
}

/** Reads an article file the way an editor sees it: its frontmatter, validated, and its body's paragraphs. */
export function readArticle(file: string): ArticleFile {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
	if (!match) throw new Error(`${file} has no frontmatter`);
	const paragraphs = match[2]!
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.trim())
		.filter((paragraph) => paragraph !== '');
	return { frontmatter: ArticleSchema.parse(parse(match[1]!)), paragraphs };
}

/** How a statement reads on the page: a direct one inside its quotation marks. */
export function statementWords(statement: Article['statements'][number]): string {
	return statement.kind === 'direct' ? `“${statement.text}”` : statement.text;
}
