/** A calendar value from the frontmatter: YYYY, YYYY-MM, YYYY-MM-DD, or an interval of those. */
export interface CalendarValue {
	start: string;
	end?: string;
}

export function parseCalendarValue(value: string): CalendarValue {
	const [start, end] = value.split('/');
	return end ? { start: start!, end } : { start: start! };
}

/** The value for a `<time datetime>` attribute: HTML has no interval, so a range gives its start. */
export function machineDate(value: string): string {
	return parseCalendarValue(value).start;
}

const precisionOf = (part: string) => (['year', 'month', 'day'] as const)[part.split('-').length - 1]!;

const FORMATS = {
	year: { year: 'numeric' },
	month: { year: 'numeric', month: 'long' },
	day: { year: 'numeric', month: 'short', day: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

function toDate(part: string): Date {
	const [year, month = 1, day = 1] = part.split('-').map(Number);
	return new Date(Date.UTC(year!, month - 1, day));
}

/** A reader's form of the value, in British English: "30 Mar 2025", "February 2025", "24–30 Mar 2025". */
export function formatCalendarValue(value: string, approximate = false): string {
	const { start, end } = parseCalendarValue(value);
	const format = new Intl.DateTimeFormat('en-GB', { ...FORMATS[precisionOf(start)], timeZone: 'UTC' });
	const text = end ? format.formatRange(toDate(start), toDate(end)) : format.format(toDate(start));
	return approximate ? `c. ${text}` : text;
}

/** A publication date as the site prints it: "27 March 2025". */
export function formatDate(date: Date): string {
	return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Sorts calendar values chronologically by their start. */
export function compareCalendarValues(a: string, b: string): number {
	return machineDate(a).localeCompare(machineDate(b));
}
