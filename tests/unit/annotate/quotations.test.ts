import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../src/annotate/quotations';

describe('findQuotations', () => {
	it('finds curly quotation pairs with the marks included in the range', () => {
		const text = 'He said “yes” and then “no”.';
		expect(findQuotations(text)).toEqual([
			{ start: 8, end: 13, inner: 'yes' },
			{ start: 23, end: 27, inner: 'no' },
		]);
		expect(text.slice(8, 13)).toBe('“yes”');
	});

	it('finds straight double quotation marks as an editor may type them', () => {
		expect(findQuotations('She said "fine".')).toEqual([{ start: 9, end: 15, inner: 'fine' }]);
	});

	it('keeps apostrophes and single quotation marks inside a quotation', () => {
		expect(findQuotations('“They’re ‘allies’, he said”')).toEqual([
			{ start: 0, end: 27, inner: 'They’re ‘allies’, he said' },
		]);
	});

	it('finds an empty pair', () => {
		expect(findQuotations('an empty “” pair')).toEqual([{ start: 9, end: 11, inner: '' }]);
	});

	it('ignores an opening mark that is never closed', () => {
		expect(findQuotations('“unfinished words')).toEqual([]);
	});

	it('finds nothing in text without quotation marks', () => {
		expect(findQuotations('Officials said the talks might cover spending.')).toEqual([]);
	});
});
