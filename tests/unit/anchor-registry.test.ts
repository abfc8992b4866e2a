import { describe, expect, it } from 'vitest';
import { mergeAnchors, unrecordedAnchors } from '../../src/lib/anchor-registry';

describe('mergeAnchors', () => {
	it('keeps every recorded anchor, even one no longer live, and adds the new ones in sorted order', () => {
		expect(mergeAnchors(['p-b', 'q-retired'], ['p-b', 'p-a'])).toEqual(['p-a', 'p-b', 'q-retired']);
	});
});

describe('unrecordedAnchors', () => {
	it('lists per article only the live anchors the registry lacks', () => {
		const recorded = new Map([['one', ['p-a', 'p-b']]]);
		expect(unrecordedAnchors({ one: ['p-a', 'p-c'], two: ['p-x'] }, recorded)).toEqual({ one: ['p-c'], two: ['p-x'] });
	});

	it('is empty when everything live is recorded', () => {
		expect(unrecordedAnchors({ one: ['p-a'] }, new Map([['one', ['p-a', 'p-old']]]))).toEqual({});
	});
});
