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

// Building an Intl.DateTimeFormat costs about half a millisecond and the site formats a date for every statement
// on every listing page (hundreds of thousands at 2,000 articles), so each format is built once and reused.
const utcFormat = (options: Intl.DateTimeFormatOptions) =>
	new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });

const FORMATS = {
	year: utcFormat({ year: 'numeric' }),
	month: utcFormat({ year: 'numeric', month: 'long' }),
	day: utcFormat({ year: 'numeric', month: 'short', day: 'numeric' }),
};

const PUBLICATION_DATE = utcFormat({ day: 'numeric', month: 'long', year: 'numeric' });

function toDate(part: string): Date {
	const [year, month = 1, day = 1] = part.split('-').map(Number);
	return new Date(Date.UTC(year!, month - 1, day));
}

/** A reader's form of the value, in British English: "30 Mar 2025", "February 2025", "24–30 Mar 2025". */
export function formatCalendarValue(value: string, approximate = false): string {
	const { start, end } = parseCalendarValue(value);
	const format = FORMATS[precisionOf(start)];
	const text = end ? format.formatRange(toDate(start), toDate(end)) : format.format(toDate(start));
	return approximate ? `c. ${text}` : text;
}

/** A publication date as the site prints it: "27 March 2025". */
export function formatDate(date: Date): string {
	return PUBLICATION_DATE.format(date);
}

/** Sorts calendar values chronologically by their start. */
export function compareCalendarValues(a: string, b: string): number {
	return machineDate(a).localeCompare(machineDate(b));
}
