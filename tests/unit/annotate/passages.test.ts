import { describe, expect, it } from 'vitest';
import { anchorParagraphs, type AnchoredParagraph } from '../../../src/annotate/passages';

const texts = ['Talks open in Tokyo on Sunday.', 'Tariffs loom over the visit.', 'Officials expect no deal.'];
const none = new Set<string>();

function anchored(result: ReturnType<typeof anchorParagraphs>): AnchoredParagraph[] {
	if ('reason' in result) throw new Error(`unexpected problem: ${result.field}: ${result.reason}`);
	return result;
}

describe('anchorParagraphs: pinned ids', () => {
	it('gives a paragraph the pinned id and themes of the passage whose start words it begins with', () => {
		const [, tariffs] = anchored(
			anchorParagraphs(texts, [{ id: 'p-tariffs', start: 'Tariffs loom', themes: ['trade'] }], none),
		);
		expect(tariffs).toEqual({ id: 'p-tariffs', text: texts[1], themes: ['trade'], pinned: true });
	});

	it('keeps the pinned id when the rest of the paragraph is edited', () => {
		const passages = [{ id: 'p-tariffs', start: 'Tariffs loom', themes: [] }];
		const edited = [texts[0]!, 'Tariffs loom large over the whole visit, officials say.', texts[2]!];
		expect(anchored(anchorParagraphs(edited, passages, none))[1]!.id).toBe('p-tariffs');
	});

	it('matches start words only at the start of a paragraph', () => {
		const result = anchorParagraphs(texts, [{ id: 'p-visit', start: 'over the visit', themes: [] }], none);
		expect(result).toEqual({
			field: 'passages[0].start',
			reason: expect.stringMatching(/no paragraph starts with "over the visit"/),
		});
	});

	it('reports start words that begin more than one paragraph, naming both paragraphs', () => {
		const result = anchorParagraphs(
			['Tokyo waits.', 'Tokyo talks.'],
			[{ id: 'p-tokyo', start: 'Tokyo', themes: [] }],
			none,
		);
		expect(result).toEqual({
			field: 'passages[0].start',
			reason: expect.stringMatching(/paragraphs 1 and 2 .*quote more words/),
		});
	});

	it('reports two passages pinned to the same paragraph, naming the first pin and the second passage', () => {
		const passages = [
			{ id: 'p-one', start: 'Talks open', themes: [] },
			{ id: 'p-two', start: 'Talks open in Tokyo', themes: [] },
		];
		expect(anchorParagraphs(texts, passages, none)).toEqual({
			field: 'passages[1].start',
			reason: expect.stringMatching(/paragraph 1 is already pinned to "p-one"/),
		});
	});
});

describe('anchorParagraphs: generated ids', () => {
	it('gives every unpinned paragraph an id of p- and hex digits, marked as not pinned', () => {
		const paragraphs = anchored(anchorParagraphs(texts, [], none));
		for (const paragraph of paragraphs) {
			expect(paragraph.id).toMatch(/^p-[0-9a-f]{6,}$/);
			expect(paragraph.pinned).toBe(false);
			expect(paragraph.themes).toEqual([]);
		}
		expect(paragraphs.map((p) => p.text)).toEqual(texts);
	});

	it('derives an id from the paragraph’s own text: the same whatever the other paragraphs say', () => {
		const before = anchored(anchorParagraphs(texts, [], none));
		const after = anchored(anchorParagraphs(['A new first paragraph.', ...texts.slice(1)], [], none));
		expect(after[1]!.id).toBe(before[1]!.id);
		expect(after[2]!.id).toBe(before[2]!.id);
		expect(after[0]!.id).not.toBe(before[0]!.id);
	});

	it('gives identical paragraphs different ids', () => {
		const ids = anchored(anchorParagraphs(['Same words.', 'Same words.', 'Same words.'], [], none)).map((p) => p.id);
		expect(new Set(ids).size).toBe(3);
	});

	it('lengthens a generated id that would collide with a taken id', () => {
		const [free] = anchored(anchorParagraphs([texts[0]!], [], none));
		const [dodged] = anchored(anchorParagraphs([texts[0]!], [], new Set([free!.id])));
		expect(dodged!.id).not.toBe(free!.id);
		expect(dodged!.id.startsWith(free!.id)).toBe(true);
	});

	it('never generates an id that a pinned passage uses', () => {
		const [free] = anchored(anchorParagraphs([texts[1]!], [], none));
		const pinnedElsewhere = [{ id: free!.id, start: 'Talks open', themes: [] }];
		const paragraphs = anchored(anchorParagraphs([texts[0]!, texts[1]!], pinnedElsewhere, none));
		expect(paragraphs[0]!.id).toBe(free!.id);
		expect(paragraphs[1]!.id).not.toBe(free!.id);
	});

	it('gives every paragraph a unique id among themselves and the taken ids', () => {
		const taken = new Set(['q-statement', 'p-alias']);
		const paragraphs = anchored(
			anchorParagraphs([...texts, texts[0]!], [{ id: 'p-tariffs', start: 'Tariffs', themes: [] }], taken),
		);
		const ids = paragraphs.map((p) => p.id);
		expect(new Set([...ids, ...taken]).size).toBe(ids.length + taken.size);
	});
});
