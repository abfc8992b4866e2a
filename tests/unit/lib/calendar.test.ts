import { describe, expect, it } from 'vitest';
import { compareCalendarValues, formatCalendarValue, machineDate, parseCalendarValue } from '../../../src/lib/calendar';

/** Intl may put thin or no-break spaces around the range dash; readers see a space either way. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatCalendarValue', () => {
	it('writes a day as day, short month and year, in British order', () => {
		expect(formatCalendarValue('2025-04-02')).toBe('2 Apr 2025');
	});

	it('writes a month as its full name and year', () => {
		expect(formatCalendarValue('2025-02')).toBe('February 2025');
	});

	it('writes a year as the year alone', () => {
		expect(formatCalendarValue('2027')).toBe('2027');
	});

	it('writes a range of days in one month once, with a dash between the days', () => {
		expect(plain(formatCalendarValue('2025-03-24/2025-03-30'))).toMatch(/^24 ?– ?30 Mar 2025$/);
	});

	it('writes a range of days across years in full at both ends', () => {
		expect(plain(formatCalendarValue('2017-01-20/2021-01-20'))).toMatch(/^20 Jan 2017 ?– ?20 Jan 2021$/);
	});

	it('writes a range of years', () => {
		expect(plain(formatCalendarValue('2025/2035'))).toMatch(/^2025 ?– ?2035$/);
	});

	it('marks an approximate value with c.', () => {
		expect(formatCalendarValue('2025-02-07', true)).toBe('c. 7 Feb 2025');
		expect(formatCalendarValue('2025-03', true)).toBe('c. March 2025');
		expect(plain(formatCalendarValue('1995/2025', true))).toMatch(/^c\. 1995 ?– ?2025$/);
	});

	it('does not shift a day across midnight, whatever the machine’s time zone', () => {
		expect(formatCalendarValue('2025-01-01')).toBe('1 Jan 2025');
		expect(formatCalendarValue('2025-12-31')).toBe('31 Dec 2025');
	});
});

describe('machineDate', () => {
	it('passes a day, month or year through as a valid datetime value', () => {
		expect(machineDate('2025-04-02')).toBe('2025-04-02');
		expect(machineDate('2025-02')).toBe('2025-02');
		expect(machineDate('2027')).toBe('2027');
	});

	it('gives the start of a range, since HTML has no interval', () => {
		expect(machineDate('2017-01-20/2021-01-20')).toBe('2017-01-20');
	});
});

describe('parseCalendarValue', () => {
	it('splits an interval into its start and end', () => {
		expect(parseCalendarValue('1995/2025')).toEqual({ start: '1995', end: '2025' });
	});

	it('gives a single value a start and no end', () => {
		expect(parseCalendarValue('2025-03')).toEqual({ start: '2025-03' });
	});
});

describe('compareCalendarValues', () => {
	it('sorts values of mixed precision chronologically by their start', () => {
		const values = [
			'2027',
			'2025-03-30',
			'2017-01-20/2021-01-20',
			'2025-02',
			'2025-03-24/2025-03-30',
			'1995/2025',
			'2025-02-07',
		];
		expect([...values].sort(compareCalendarValues)).toEqual([
			'1995/2025',
			'2017-01-20/2021-01-20',
			'2025-02',
			'2025-02-07',
			'2025-03-24/2025-03-30',
			'2025-03-30',
			'2027',
		]);
	});
});
