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

/**
 * Finds unquoted dates in an article's frontmatter that name no real day ("published: 2025-02-30").
 * js-yaml rolls them over (to 2 March) before any schema sees them, so only the source text shows the mistake.
 */
export function findImpossibleDates(source: string): ImpossibleDate[] {
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
	if (frontmatter === undefined) return [];
	const found: ImpossibleDate[] = [];
	const walk = (node: unknown, path: (string | number)[]): void => {
		if (isMap(node)) {
			for (const pair of node.items)
				walk(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
		} else if (isSeq(node)) {
			node.items.forEach((item, index) => walk(item, [...path, index]));
		} else if (isScalar(node) && node.type === 'PLAIN' && typeof node.value === 'string') {
			const [, year, month, day] = YAML_DATE.exec(node.value) ?? YAML_TIMESTAMP.exec(node.value) ?? [];
			if (year && !isRealCalendarValue(`${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`)) {
				found.push({ path, value: node.value });
			}
		}
	};
	walk(parseDocument(frontmatter).contents, []);
	return found;
}
