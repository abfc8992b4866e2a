import type { ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';

/** A character range of an element's text and how to mark it up. */
export interface MarkupRange {
	start: number;
	end: number;
	/** Orders ranges that cover the same characters: lower wraps outside higher. */
	rank: number;
	/** Names the range in errors, as an editor knows it (the frontmatter field it comes from). */
	label?: string;
	wrap: (children: ElementContent[]) => ElementContent[];
}

interface Nested {
	range: MarkupRange;
	inner: Nested[];
}

interface Piece {
	node: ElementContent;
	start: number;
	end: number;
}

/**
 * Wraps character ranges of inline content in markup, splitting text nodes where a range starts or ends.
 * Ranges must nest or be apart; a range may lie inside an inline element of the source (a link, emphasis),
 * but one that crosses an element's edge is an error, since no markup could hold it.
 */
export function wrapRanges(children: ElementContent[], ranges: readonly MarkupRange[]): ElementContent[] {
	return apply(children, nest(ranges), 0);
}

function nest(ranges: readonly MarkupRange[]): Nested[] {
	const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
	const roots: Nested[] = [];
	const open: Nested[] = [];
	for (const range of sorted) {
		while (open.length > 0 && open.at(-1)!.range.end <= range.start) open.pop();
		const parent = open.at(-1);
		if (parent && range.end > parent.range.end) {
			throw new Error(`${name(range)} and ${name(parent.range)} cross; annotations may nest but not overlap in part`);
		}
		const node: Nested = { range, inner: [] };
		(parent ? parent.inner : roots).push(node);
		open.push(node);
	}
	return roots;
}

function apply(children: ElementContent[], forest: Nested[], offset: number): ElementContent[] {
	if (forest.length === 0) return children;
	const pieces = split(children, forest, offset);
	const out: ElementContent[] = [];
	let p = 0;
	for (let f = 0; f < forest.length;) {
		const { range } = forest[f]!;
		while (p < pieces.length && pieces[p]!.end <= range.start) out.push(pieces[p++]!.node);
		const piece = pieces[p];
		if (!piece) throw new Error(`${name(range)} is past the end of the text`);

		const startsHere = piece.start === range.start;
		const end = startsHere ? pieces.findIndex((q, i) => i >= p && q.end >= range.end) : -1;
		if (startsHere && end !== -1 && pieces[end]!.end === range.end) {
			const inner = pieces.slice(p, end + 1).map((q) => q.node);
			out.push(...range.wrap(apply(inner, forest[f]!.inner, range.start)));
			p = end + 1;
			f++;
			continue;
		}

		// The range lies inside one element of the source: mark up inside it, with every range it holds.
		if (piece.node.type !== 'element' || range.end > piece.end) {
			throw new Error(
				`${name(range)} crosses the edge of inline markup in the body (emphasis or a link): ` +
					'an annotation must lie wholly inside such markup or wholly around it',
			);
		}
		const held: Nested[] = [];
		while (f < forest.length && forest[f]!.range.end <= piece.end) held.push(forest[f++]!);
		out.push({ ...piece.node, children: apply(piece.node.children, held, piece.start) });
		p++;
	}
	while (p < pieces.length) out.push(pieces[p++]!.node);
	return out;
}

const name = (range: MarkupRange) => range.label ?? `the range ${range.start}–${range.end}`;

/** The children with their character offsets, text nodes cut at every edge of the ranges. */
function split(children: ElementContent[], forest: Nested[], offset: number): Piece[] {
	const cuts = forest.flatMap(({ range }) => [range.start, range.end]);
	const pieces: Piece[] = [];
	let position = offset;
	for (const node of children) {
		if (node.type !== 'text') {
			const end = position + (node.type === 'element' ? toString(node).length : 0);
			pieces.push({ node, start: position, end });
			position = end;
			continue;
		}
		const end = position + node.value.length;
		const inside = [...new Set(cuts)].filter((cut) => cut > position && cut < end).sort((a, b) => a - b);
		let from = position;
		for (const cut of [...inside, end]) {
			pieces.push({
				node: { type: 'text', value: node.value.slice(from - position, cut - position) },
				start: from,
				end: cut,
			});
			from = cut;
		}
		position = end;
	}
	return pieces;
}
