import { z } from 'astro/zod';
import { IdSchema } from './id';

/**
 * A speaker the article does not name ("one Japanese official").
 * Declared per article, so it is never merged with a named person or with another article's source.
 */
export const AnonymousSourceSchema = z.strictObject({
	id: IdSchema,
	/** How the site names the source, e.g. "A Japanese official". */
	label: z.string().min(1),
	/** What the article tells us about them. */
	description: z.string().min(1),
	country: z
		.string()
		.regex(/^[A-Z]{2}$/, 'must be a two-letter ISO country code such as US or JP')
		.optional(),
});

export type AnonymousSource = z.infer<typeof AnonymousSourceSchema>;
