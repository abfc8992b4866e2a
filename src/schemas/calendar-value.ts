import { z } from 'astro/zod';

/**
 * A calendar value: a day, a month, a year, or an ISO 8601 interval of those ("2017/2021").
 * YAML gives a Date for an unquoted day; it is read back as the day it stands for.
 */
export const CalendarValueSchema = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z
		.string()
		.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/, {
			error: 'must be YYYY, YYYY-MM, YYYY-MM-DD, or an interval such as 2017-01-20/2021-01-20',
			abort: true,
		})
		.refine((value) => value.split('/').every(isRealCalendarValue), 'is not a real calendar date'),
);

/** Whether YYYY, YYYY-MM or YYYY-MM-DD names a real year, month or day (2025-02-30 does not). */
export function isRealCalendarValue(value: string): boolean {
	const [year, month = 1, day = 1] = value.split('-').map(Number);
	const date = new Date(Date.UTC(year!, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isRealDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealCalendarValue(value);

/**
 * A day, as a Date. YAML frontmatter gives a Date for an unquoted 2025-03-27 and a string when quoted; a string
 * must name a real day, since `new Date('2025-02-30')` would quietly give 2 March.
 */
export const DaySchema = z.preprocess(
	(value) => (typeof value === 'string' && isRealDay(value) ? new Date(`${value}T00:00:00Z`) : value),
	z.date({ error: 'must be a real day written YYYY-MM-DD' }),
);
