import { z } from 'astro/zod';
import { IdSchema } from './id';
import { OccurrenceSchema } from './locator';

/**
 * A direct quotation or a piece of reported speech.
 * `text` is copied exactly from the body; for a direct quotation it is the words between the quotation marks.
 */
export const StatementSchema = z.strictObject({
	/** The passage anchor: stable for as long as the site exists (see content/anchors/). */
	id: IdSchema,
	/** Person ids (content/people/) or this article's anonymous source ids. */
	speakers: z.array(IdSchema).min(1),
	kind: z.enum(['direct', 'reported']),
	text: z.string().min(1),
	occurrence: OccurrenceSchema,
	themes: z.array(IdSchema).min(1),
});

export type Statement = z.infer<typeof StatementSchema>;
