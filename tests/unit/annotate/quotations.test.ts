import { describe, expect, it } from 'vitest';
import { findQuotations, scanQuotations } from '../../../src/annotate/quotations';

/** What a test cares about: where each quotation is, its words, and whether it runs on. */
const brief = (text: string) =>
	findQuotations(text).map(({ start, end, inner, continues }) => ({ start, end, inner, continues }));

describe('findQuotations', () => {
	it('finds curly quotation pairs with the marks included in the range', () => {
		const text = 'He said “yes” and then “no”.';
		expect(brief(text)).toEqual([
			{ start: 8, end: 13, inner: 'yes', continues: false },
			{ start: 23, end: 27, inner: 'no', continues: false },
		]);
		expect(text.slice(8, 13)).toBe('“yes”');
	});

	it('finds straight double quotation marks as an editor may type them', () => {
		expect(brief('She said "fine".')).toEqual([{ start: 9, end: 15, inner: 'fine', continues: false }]);
	});

	it('keeps apostrophes and single quotation marks inside a quotation', () => {
		expect(brief('“They’re ‘allies’, he said”')).toEqual([
			{ start: 0, end: 27, inner: 'They’re ‘allies’, he said', continues: false },
		]);
	});

	it('finds an empty pair', () => {
		expect(brief('an empty “” pair')).toEqual([{ start: 9, end: 11, inner: '', continues: false }]);
	});

	it('takes an opening mark never closed as a quotation that runs on into the next paragraph', () => {
		const [quotation] = findQuotations('He said: “unfinished words');
		expect(quotation).toEqual({
			start: 9,
			end: 26,
			innerStart: 10,
			innerEnd: 26,
			inner: 'unfinished words',
			continues: true,
		});
	});

	it('reports a closing mark that nothing opened, and an opening mark followed by another opening', () => {
		expect(scanQuotations('words” and more').stray).toEqual([5]);
		expect(scanQuotations('“one “two” three').stray).toEqual([0]);
	});

	it('finds nothing in text without quotation marks', () => {
		expect(findQuotations('Officials said the talks might cover spending.')).toEqual([]);
	});
});
