import { z } from 'astro/zod';
import { DaySchema } from './calendar-value';

/** Where the article's text comes from. */
export const SourceSchema = z.strictObject({
	name: z.string().min(1),
	/** How the body names the source, when paraphrasing changed it ("Monetary Occasions"). */
	nameInText: z.string().min(1).optional(),
	url: z.url().optional(),
	published: DaySchema,
	/** How the original publication date is known, when it is not printed in the text. */
	publishedNote: z.string().min(1).optional(),
	/** The narration was machine-paraphrased; quotations are intact. */
	paraphrased: z.boolean(),
	/** Shown to readers when `paraphrased` is true. */
	paraphraseNote: z.string().min(1).optional(),
});

export type Source = z.infer<typeof SourceSchema>;
