import { z } from 'astro/zod';
import { AnonymousSourceSchema } from './anonymous-source';
import { DaySchema } from './calendar-value';
import { DateReferenceSchema } from './date-reference';
import { EditorialNoteSchema } from './editorial-note';
import { IdSchema } from './id';
import { PassageSchema } from './passage';
import { SourceSchema } from './source';
import { StatementSchema } from './statement';

/** The frontmatter of an article: everything the annotations say about its verbatim body. */
export const ArticleSchema = z.strictObject({
	title: z.string().min(1),
	/** True when the headline was written by our editors (the source printed none). */
	titleByEditors: z.boolean(),
	dek: z.string().min(1),
	/** When we published this annotated copy. */
	published: DaySchema,
	source: SourceSchema,
	/** Named people the body mentions (ids in content/people/); the first mention links to their page. */
	people: z.array(IdSchema).default([]),
	anonymousSources: z.array(AnonymousSourceSchema).default([]),
	passages: z.array(PassageSchema).default([]),
	statements: z.array(StatementSchema).default([]),
	dates: z.array(DateReferenceSchema).default([]),
	notes: z.array(EditorialNoteSchema).default([]),
	/** Retired anchor → the anchor of the passage that replaced it, so old links keep working. */
	aliases: z.record(IdSchema, IdSchema).default({}),
});

export type Article = z.infer<typeof ArticleSchema>;
