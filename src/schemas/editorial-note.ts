import { z } from 'astro/zod';
import { OccurrenceSchema } from './locator';

/** An editor's note on words of the body, such as a name the article spinner corrupted. */
export const EditorialNoteSchema = z.strictObject({
	text: z.string().min(1),
	occurrence: OccurrenceSchema,
	/** What the words most likely were before paraphrasing. */
	original: z.string().min(1),
	kind: z.enum(['name', 'meaning']),
});

export type EditorialNote = z.infer<typeof EditorialNoteSchema>;
