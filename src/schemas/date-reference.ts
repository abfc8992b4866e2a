import { z } from 'astro/zod';
import { OccurrenceSchema } from './locator';

/** A calendar value: a day, a month, a year, or an ISO 8601 interval of those ("2017/2021"). */
const CalendarValue = z
	.string()
	.regex(
		/^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/,
		'must be YYYY, YYYY-MM, YYYY-MM-DD, or an interval such as 2017-01-20/2021-01-20',
	)
	.refine((value) => value.split('/').every(isRealCalendarValue), 'is not a real calendar date');

function isRealCalendarValue(value: string): boolean {
	const [year, month = 1, day = 1] = value.split('-').map(Number);
	const date = new Date(Date.UTC(year!, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A dated reference in the body ("Sunday", "by 2027"), resolved against the source's publication date. */
export const DateReferenceSchema = z.strictObject({
	text: z.string().min(1),
	occurrence: OccurrenceSchema,
	date: CalendarValue,
	precision: z.enum(['day', 'week', 'month', 'year', 'range', 'approximate']),
	/** What happened (or is due) then, for the timeline. */
	event: z.string().min(1),
});

export type DateReference = z.infer<typeof DateReferenceSchema>;
