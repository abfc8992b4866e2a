import { describe, expect, it } from 'vitest';
import { findAll, locate } from '../../../src/annotate/locate';

const body = ['Tokyo is anxious. Tokyo waits.', 'Washington and Tokyo talk.'];

describe('findAll', () => {
	it('lists every occurrence across paragraphs in reading order, with character ranges', () => {
		expect(findAll(body, 'Tokyo')).toEqual([
			{ paragraph: 0, start: 0, end: 5 },
			{ paragraph: 0, start: 18, end: 23 },
			{ paragraph: 1, start: 15, end: 20 },
		]);
	});

	it('finds occurrences that overlap each other', () => {
		expect(findAll(['aaa'], 'aa').map((f) => f.start)).toEqual([0, 1]);
	});

	it('returns nothing for text that spans two paragraphs', () => {
		expect(findAll(body, 'waits. Washington')).toEqual([]);
	});
});

describe('locate', () => {
	it('places text that occurs once', () => {
		expect(locate(body, 'Washington')).toEqual({ paragraph: 1, start: 0, end: 10 });
	});

	it('reports text that is not in the body, quoting it', () => {
		const found = locate(body, 'Beijing');
		expect(found).toHaveProperty('problem');
		expect((found as { problem: string }).problem).toMatch(/"Beijing" is not in the body/);
	});

	it('is case-sensitive, as the body is verbatim', () => {
		expect(locate(body, 'tokyo')).toHaveProperty('problem');
	});

	it('refuses ambiguous text, naming the paragraphs and asking for an occurrence', () => {
		const found = locate(body, 'Tokyo');
		expect(found).toHaveProperty('problem');
		const { problem } = found as { problem: string };
		expect(problem).toMatch(/occurs 3 times/);
		expect(problem).toMatch(/paragraph 1, paragraph 1, paragraph 2/);
		expect(problem).toMatch(/occurrence/);
	});

	it('picks the nth occurrence in reading order, counted from 1', () => {
		expect(locate(body, 'Tokyo', 1)).toEqual({ paragraph: 0, start: 0, end: 5 });
		expect(locate(body, 'Tokyo', 3)).toEqual({ paragraph: 1, start: 15, end: 20 });
	});

	it('accepts an occurrence for text that occurs only once', () => {
		expect(locate(body, 'Washington', 1)).toEqual({ paragraph: 1, start: 0, end: 10 });
	});

	it('reports an occurrence past the last one, with how many there are', () => {
		const found = locate(body, 'Tokyo', 4);
		expect((found as { problem: string }).problem).toMatch(/occurrence 4 .* the body has 3/);
	});
});
