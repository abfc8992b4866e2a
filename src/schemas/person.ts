import { z } from 'astro/zod';

/** A named person, shared by every article that mentions them (one person, one page). */
export const PersonSchema = z.strictObject({
	name: z.string().min(1),
	/** The role the articles refer to, at the time they were written. */
	role: z.string().min(1),
	affiliation: z.string().min(1),
	/** ISO 3166-1 alpha-2 code. */
	country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO country code such as US or JP'),
	/** Other spellings of the name that may appear in articles; the full name is always tried first. */
	aliases: z.array(z.string().min(1)).default([]),
});

export type Person = z.infer<typeof PersonSchema>;
