import { describe, expect, it } from 'vitest';
import { checkPublishedAnchors } from '../../../src/annotate/published-anchors';

const live = new Set(['p-intro', 'p-talks', 'q-hegseth']);

describe('checkPublishedAnchors', () => {
	it('accepts published anchors that are all still live', () => {
		expect(checkPublishedAnchors(['p-intro', 'q-hegseth'], live, {})).toBeUndefined();
	});

	it('accepts nothing published yet', () => {
		expect(checkPublishedAnchors([], live, {})).toBeUndefined();
	});

	it('accepts a retired anchor that an alias sends to a live anchor', () => {
		expect(checkPublishedAnchors(['p-old', 'p-intro'], live, { 'p-old': 'p-talks' })).toBeUndefined();
	});

	it('reports a published anchor that would disappear, naming it and how to keep it', () => {
		const problem = checkPublishedAnchors(['p-intro', 'p-gone'], live, {});
		expect(problem?.field).toBe('aliases');
		expect(problem?.reason).toMatch(/published anchor "p-gone" would disappear/);
		expect(problem?.reason).toMatch(/p-gone: <id of the passage that replaced it>/);
	});

	it('names every anchor that would disappear', () => {
		const problem = checkPublishedAnchors(['p-gone', 'q-gone'], live, {});
		expect(problem?.reason).toMatch(/anchors "p-gone", "q-gone"/);
	});

	it('reports an alias whose target is not on the page, naming the alias', () => {
		expect(checkPublishedAnchors(['p-old'], live, { 'p-old': 'p-missing' })).toEqual({
			field: 'aliases.p-old',
			reason: expect.stringMatching(/target "p-missing" is not an anchor/),
		});
	});

	it('reports an alias that shadows a live anchor', () => {
		expect(checkPublishedAnchors([], live, { 'p-intro': 'p-talks' })).toEqual({
			field: 'aliases.p-intro',
			reason: expect.stringMatching(/still a live anchor/),
		});
	});
});
