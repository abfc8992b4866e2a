import { describe, expect, it } from 'vitest';
import { listNames, shortenAtWord } from '../../../src/lib/phrasing';

describe('listNames', () => {
	it('joins one, two and three names as a sentence would', () => {
		expect(listNames(['Gen Nakatani'])).toBe('Gen Nakatani');
		expect(listNames(['Donald Trump', 'Shigeru Ishiba'])).toBe('Donald Trump and Shigeru Ishiba');
		expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
	});
});

describe('shortenAtWord', () => {
	it('keeps text that fits', () => {
		expect(shortenAtWord('great significance', 18)).toBe('great significance');
	});

	it('cuts at the last whole word that fits, drops the punctuation before the cut and adds an ellipsis', () => {
		expect(shortenAtWord('It’s an unsettled time in Tokyo, and the euphoria', 33)).toBe(
			'It’s an unsettled time in Tokyo…',
		);
	});
});
