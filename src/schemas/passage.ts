import { z } from 'astro/zod';
import { IdSchema } from './id';

/**
 * Pins an id (and themes) to a paragraph of the body, found by the words it starts with.
 * Editing the rest of the paragraph keeps its id; a paragraph that is not listed gets a generated id.
 */
export const PassageSchema = z.strictObject({
	id: IdSchema,
	start: z.string().min(1),
	themes: z.array(IdSchema).default([]),
});

export type Passage = z.infer<typeof PassageSchema>;
