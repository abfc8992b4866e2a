import { describe, expect, it } from 'vitest';
import { DateReferenceSchema } from '../../../src/schemas/date-reference';

const reference = (date: unknown) => ({ text: 'Sunday', date, precision: 'day', event: 'Talks in Tokyo.' });
const accepts = (date: unknown) => DateReferenceSchema.safeParse(reference(date)).success;

describe('DateReferenceSchema', () => {
	it.each(['2025-03-30', '2025-02', '2027', '2024-02-29', '2017-01-20/2021-01-20', '1995/2025', '2025-01/2025-03'])(
		'accepts the calendar value %s',
		(date) => {
			expect(accepts(date)).toBe(true);
		},
	);

	it.each(['2025-02-30', '2025-02-29', '2025-04-31', '2025-13', '2025-00', '2025-03-00', '2017-01-20/2021-02-30'])(
		'refuses %s, a date that does not exist',
		(date) => {
			expect(accepts(date)).toBe(false);
		},
	);

	it.each(['next week', '30 March 2025', '2025-3-30', '25-03-30', '2025-03-30/', '2025-03-30T10:00'])(
		'refuses %j, which is not a calendar value',
		(date) => {
			expect(accepts(date)).toBe(false);
		},
	);

	it('names the date field when it refuses one', () => {
		const result = DateReferenceSchema.safeParse(reference('2025-02-30'));
		expect(result.error?.issues[0]?.path).toEqual(['date']);
		expect(result.error?.issues[0]?.message).toMatch(/not a real calendar date/);
	});

	it('refuses a misspelled key', () => {
		expect(DateReferenceSchema.safeParse({ ...reference('2025-03-30'), evnt: 'x' }).success).toBe(false);
	});

	it('refuses an unknown precision', () => {
		expect(DateReferenceSchema.safeParse({ ...reference('2025-03-30'), precision: 'hour' }).success).toBe(false);
	});
});

describe('DateReferenceSchema with YAML Dates', () => {
	it('reads a Date that YAML made of an unquoted day back as that day', () => {
		const parsed = DateReferenceSchema.parse(reference(new Date(Date.UTC(2025, 2, 30))));
		expect(parsed.date).toBe('2025-03-30');
	});

	it('gives one reason, not two, for a value that is no calendar value at all', () => {
		expect(DateReferenceSchema.safeParse(reference('next week')).error?.issues).toHaveLength(1);
	});
});
