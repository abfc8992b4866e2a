import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { isRealCalendarValue } from '../schemas/calendar-value';

/** A date written unquoted in the frontmatter that names no real day, and where. */
export interface ImpossibleDate {
	path: (string | number)[];
	value: string;
}

// The unquoted forms js-yaml (Astro's frontmatter parser) turns into Dates: a day, or a day and a time.
const YAML_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YAML_TIMESTAMP = /^(\d{4})-(\d\d?)-(\d\d?)(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d/;
// Any such date anywhere in the text, quoted or not.
const DAY_IN_TEXT = /(?<!\d)(\d{4})-(\d\d?)-(\d\d?)/g;

const isRealDay = (year: string, month: string, day: string) =>
	isRealCalendarValue(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);

/**
 * Finds unquoted dates in an article's frontmatter that name no real day ("published: 2025-02-30").
 * js-yaml rolls them over (to 2 March) before any schema sees them, so only the source text shows the mistake.
 */
export function findImpossibleDates(source: string): ImpossibleDate[] {
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
	if (frontmatter === undefined) return [];
	// Parsing the YAML again costs more than the rest of annotating an article. An impossible date has to appear
	// in the text, so when every date-like run of the text names a real day there is nothing to find.
	if ([...frontmatter.matchAll(DAY_IN_TEXT)].every(([, year, month, day]) => isRealDay(year!, month!, day!))) return [];
	const found: ImpossibleDate[] = [];
	const walk = (node: unknown, path: (string | number)[]): void => {
		if (isMap(node)) {
			for (const pair of node.items)
				walk(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
		} else if (isSeq(node)) {
			node.items.forEach((item, index) => walk(item, [...path, index]));
		} else if (isScalar(node) && node.type === 'PLAIN' && typeof node.value === 'string') {
			const [, year, month, day] = YAML_DATE.exec(node.value) ?? YAML_TIMESTAMP.exec(node.value) ?? [];
			if (year && !isRealDay(year, month!, day!)) {
				found.push({ path, value: node.value });
			}
		}
	};
	walk(parseDocument(frontmatter).contents, []);
	return found;
}
