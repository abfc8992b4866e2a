import { describe, expect, it } from 'vitest';
import { matchedRuns } from '../../src/scripts/search-text';

describe('matchedRuns', () => {
	it('marks the words at the positions Pagefind reports, and keeps the rest as plain runs', () => {
		expect(matchedRuns('Trump is asking Japan to step up for Japan', [3, 8])).toEqual([
			{ text: 'Trump is asking ', matched: false },
			{ text: 'Japan', matched: true },
			{ text: ' to step up for ', matched: false },
			{ text: 'Japan', matched: true },
		]);
	});

	it('numbers words across any run of whitespace, as Pagefind does', () => {
		expect(matchedRuns('great\n  significance', [1])).toEqual([
			{ text: 'great ', matched: false },
			{ text: 'significance', matched: true },
		]);
	});

	it('keeps markup in the content as text', () => {
		const runs = matchedRuns('<img src=x onerror=alert(1)> is what the sign said', [5]);
		expect(runs.map((run) => run.text).join('')).toBe('<img src=x onerror=alert(1)> is what the sign said');
		expect(runs.find((run) => run.matched)?.text).toBe('the');
	});

	it('shows a window of words around the first match of a long text, marking the cuts', () => {
		const words = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
		const runs = matchedRuns(words, [50], 9);
		expect(runs.map((run) => run.text).join('')).toBe('… w47 w48 w49 w50 w51 w52 w53 w54 w55 …');
		expect(runs.filter((run) => run.matched).map((run) => run.text)).toEqual(['w50']);
	});

	it('starts the window at the beginning when the match is near it, and shows a short text whole', () => {
		const words = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
		expect(
			matchedRuns(words, [1], 5)
				.map((run) => run.text)
				.join(''),
		).toBe('w0 w1 w2 w3 w4 …');
		expect(
			matchedRuns('a b c', [], 5)
				.map((run) => run.text)
				.join(''),
		).toBe('a b c');
	});
});
