import { describe, expect, it } from 'vitest';
import { findImpossibleDates } from '../../../src/annotate/impossible-dates';

const article = (frontmatter: string) => `---\n${frontmatter}\n---\n\nThe body, with 2025-02-30 in it.\n`;

describe('findImpossibleDates', () => {
	it('finds an unquoted top-level day that does not exist', () => {
		expect(findImpossibleDates(article('title: Talks\npublished: 2025-02-30'))).toEqual([
			{ path: ['published'], value: '2025-02-30' },
		]);
	});

	it('finds impossible days nested in maps and lists, with the path to each', () => {
		const frontmatter = [
			'source:',
			'  name: Example Wire',
			'  published: 2025-13-01',
			'dates:',
			'  - text: Sunday',
			'    date: 2025-03-30',
			'  - text: Monday',
			'    date: 2025-04-31',
		].join('\n');
		expect(findImpossibleDates(article(frontmatter))).toEqual([
			{ path: ['source', 'published'], value: '2025-13-01' },
			{ path: ['dates', 1, 'date'], value: '2025-04-31' },
		]);
	});

	it('finds the day of a timestamp that does not exist', () => {
		expect(findImpossibleDates(article('published: 2025-02-29 10:00:00'))).toEqual([
			{ path: ['published'], value: '2025-02-29 10:00:00' },
		]);
	});

	it('accepts real days, leap days included', () => {
		expect(findImpossibleDates(article('published: 2024-02-29\nsource:\n  published: 2025-03-27'))).toEqual([]);
	});

	it('leaves quoted dates to the schema, which sees them as written', () => {
		expect(findImpossibleDates(article('published: \'2025-02-30\'\nother: "2025-02-30"'))).toEqual([]);
	});

	it('ignores months, years, intervals and words', () => {
		expect(findImpossibleDates(article('a: 2025-02\nb: 2027\nc: 2017-01-20/2021-02-30\nd: next week'))).toEqual([]);
	});

	it('finds nothing in a file without frontmatter', () => {
		expect(findImpossibleDates('Just a body dated 2025-02-30.')).toEqual([]);
	});
});
