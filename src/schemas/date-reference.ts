import { z } from 'astro/zod';
import { CalendarValueSchema } from './calendar-value';
import { OccurrenceSchema } from './locator';

/** A dated reference in the body ("Sunday", "by 2027"), resolved against the source's publication date. */
export const DateReferenceSchema = z.strictObject({
	text: z.string().min(1),
	occurrence: OccurrenceSchema,
	date: CalendarValueSchema,
	precision: z.enum(['day', 'week', 'month', 'year', 'range', 'approximate']),
	/** What happened (or is due) then, for the timeline. */
	event: z.string().min(1),
});

export type DateReference = z.infer<typeof DateReferenceSchema>;
