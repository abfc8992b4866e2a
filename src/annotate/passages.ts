import { createHash } from 'node:crypto';
import type { Passage } from '../schemas/passage';

/** A paragraph of the body with its anchor id and themes. */
export interface AnchoredParagraph {
	id: string;
	text: string;
	themes: string[];
	/** True when the id is pinned in the frontmatter, false when it was generated from the text. */
	pinned: boolean;
}

export type PassageProblem = { field: string; reason: string };

/**
 * Gives every paragraph its anchor id.
 * A paragraph listed in `passages` (found by the words it starts with) keeps the listed id, whatever else
 * changes in it; an unlisted one gets `p-` and a hash of its text, lengthened until it collides with nothing
 * in `taken` (ids in use or ever published).
 */
export function anchorParagraphs(
	texts: readonly string[],
	passages: readonly Passage[],
	taken: ReadonlySet<string>,
): AnchoredParagraph[] | PassageProblem {
	const pinnedAt = new Map<number, Passage>();
	for (const [index, passage] of passages.entries()) {
		const field = `passages[${index}].start`;
		const matches = texts.flatMap((text, paragraph) => (text.startsWith(passage.start) ? [paragraph] : []));
		if (matches.length === 0) {
			return { field, reason: `no paragraph starts with ${JSON.stringify(passage.start)}` };
		}
		if (matches.length > 1) {
			const where = matches.map((m) => m + 1).join(' and ');
			return {
				field,
				reason: `paragraphs ${where} both start with ${JSON.stringify(passage.start)}; quote more words`,
			};
		}
		const paragraph = matches[0]!;
		const other = pinnedAt.get(paragraph);
		if (other) {
			return { field, reason: `paragraph ${paragraph + 1} is already pinned to "${other.id}"` };
		}
		pinnedAt.set(paragraph, passage);
	}

	const used = new Set(taken);
	for (const passage of passages) used.add(passage.id);
	return texts.map((text, paragraph) => {
		const passage = pinnedAt.get(paragraph);
		if (passage) return { id: passage.id, text, themes: passage.themes, pinned: true };
		const id = generatedId(text, used);
		used.add(id);
		return { id, text, themes: [], pinned: false };
	});
}

/** `p-` and the shortest prefix (at least six hex digits) of the text's hash that is not yet used. */
function generatedId(text: string, used: ReadonlySet<string>): string {
	const hash = createHash('sha256').update(text.trim()).digest('hex');
	for (let length = 6; length <= hash.length; length++) {
		const id = `p-${hash.slice(0, length)}`;
		if (!used.has(id)) return id;
	}
	throw new Error(`No free id for a paragraph starting ${JSON.stringify(text.slice(0, 40))}`);
}
