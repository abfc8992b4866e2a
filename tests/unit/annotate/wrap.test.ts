import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { wrapRanges, type MarkupRange } from '../../../src/annotate/wrap';

/** A range that wraps its words in `<tag>`, so the output shows which range went where. */
const range = (start: number, end: number, tag = 'mark', rank = 0): MarkupRange => ({
	start,
	end,
	rank,
	wrap: (children) => [h(tag, children)],
});

const text = (value: string): ElementContent => ({ type: 'text', value });

/** Wraps and renders as HTML, checking on the way that the text itself went through untouched. */
function wrapped(children: ElementContent[], ranges: MarkupRange[]): string {
	const root = (nodes: ElementContent[]): Root => ({ type: 'root', children: nodes });
	const before = toString(root(children));
	const out = wrapRanges(structuredClone(children), ranges);
	expect(toString(root(out))).toBe(before);
	return toHtml(root(out));
}

describe('wrapRanges', () => {
	it('wraps a range of a text node and keeps the text on either side, spaces included', () => {
		expect(wrapped([text('Hello big world')], [range(6, 9)])).toBe('Hello <mark>big</mark> world');
	});

	it('wraps the whole text', () => {
		expect(wrapped([text('Tokyo')], [range(0, 5)])).toBe('<mark>Tokyo</mark>');
	});

	it('returns the content unchanged when there are no ranges', () => {
		expect(wrapped([text('a '), h('em', 'b')], [])).toBe('a <em>b</em>');
	});

	it('wraps several ranges apart from each other, whatever order they come in', () => {
		expect(wrapped([text('one two three')], [range(8, 13, 'b'), range(0, 3, 'i')])).toBe('<i>one</i> two <b>three</b>');
	});

	it('keeps the space between two ranges that are separated by one space only', () => {
		expect(wrapped([text('April 2 2027')], [range(0, 7, 'time'), range(8, 12, 'time')])).toBe(
			'<time>April 2</time> <time>2027</time>',
		);
	});

	it('wraps ranges that touch end to start without merging them', () => {
		expect(wrapped([text('abcd')], [range(0, 2, 'i'), range(2, 4, 'b')])).toBe('<i>ab</i><b>cd</b>');
	});

	it('nests a range inside a range that contains it', () => {
		expect(wrapped([text('he said big things')], [range(8, 11, 'i'), range(0, 18, 'q')])).toBe(
			'<q>he said <i>big</i> things</q>',
		);
	});

	it('nests three deep', () => {
		expect(wrapped([text('abcdefg')], [range(2, 5, 'b'), range(0, 7, 'q'), range(3, 4, 'i')])).toBe(
			'<q>ab<b>c<i>d</i>e</b>fg</q>',
		);
	});

	it('puts the lower rank outside when two ranges cover the same words', () => {
		const expected = 'x <q><time>Sunday</time></q> y';
		expect(wrapped([text('x Sunday y')], [range(2, 8, 'q', 0), range(2, 8, 'time', 1)])).toBe(expected);
		expect(wrapped([text('x Sunday y')], [range(2, 8, 'time', 1), range(2, 8, 'q', 0)])).toBe(expected);
	});

	it('nests a range that starts where its container starts, and one that ends where it ends', () => {
		expect(wrapped([text('abc def')], [range(0, 7, 'q'), range(0, 3, 'i'), range(4, 7, 'b')])).toBe(
			'<q><i>abc</i> <b>def</b></q>',
		);
	});

	it('marks up words inside an existing inline element, keeping the element', () => {
		expect(wrapped([text('he is '), h('em', 'very angry'), text(' today')], [range(11, 16)])).toBe(
			'he is <em>very <mark>angry</mark></em> today',
		);
	});

	it('marks up several ranges inside the same element and one after it', () => {
		expect(wrapped([h('em', 'one two'), text(' three')], [range(0, 3, 'i'), range(4, 7, 'b'), range(8, 13, 's')])).toBe(
			'<em><i>one</i> <b>two</b></em> <s>three</s>',
		);
	});

	it('marks up words inside an element nested in another element', () => {
		expect(wrapped([h('a', { href: '/x' }, [text('see '), h('em', 'this one')])], [range(4, 8)])).toBe(
			'<a href="/x">see <em><mark>this</mark> one</em></a>',
		);
	});

	it('wraps an element whole when a range covers exactly its text', () => {
		expect(wrapped([text('a '), h('em', 'b'), text(' c')], [range(2, 3)])).toBe('a <mark><em>b</em></mark> c');
	});

	it('wraps an element together with text around it when the range covers both', () => {
		expect(wrapped([text('he is '), h('em', 'very'), text(' angry now')], [range(3, 16, 'q')])).toBe(
			'he <q>is <em>very</em> angry</q> now',
		);
	});

	it('marks up inside an element held in a wider range', () => {
		expect(wrapped([text('he is '), h('em', 'very'), text(' angry')], [range(0, 16, 'q'), range(6, 9, 'i')])).toBe(
			'<q>he is <em><i>ver</i>y</em> angry</q>',
		);
	});

	it('refuses two ranges that cross', () => {
		expect(() => wrapRanges([text('abcdefgh')], [range(0, 5), range(3, 8)])).toThrow(/cross/);
	});

	it('refuses a range that crosses the edge of an element of the source', () => {
		expect(() => wrapRanges([text('he is '), h('em', 'very'), text(' angry')], [range(3, 8)])).toThrow(
			/crosses the edge/,
		);
		expect(() => wrapRanges([text('he is '), h('em', 'very'), text(' angry')], [range(8, 12)])).toThrow(
			/crosses the edge/,
		);
	});

	it('names the ranges by their labels when it refuses them, so an editor knows which annotation to fix', () => {
		const labelled = (start: number, end: number, label: string) => ({ ...range(start, end), label });
		const source = [text('he is '), h('em', 'very'), text(' angry')];
		expect(() => wrapRanges(source, [labelled(3, 8, 'statements[2]')])).toThrow(
			/^statements\[2\] crosses the edge of inline markup in the body \(emphasis or a link\)/,
		);
		expect(() => wrapRanges([text('abcdefgh')], [labelled(0, 5, 'dates[0]'), labelled(3, 8, 'notes[1]')])).toThrow(
			/^notes\[1\] and dates\[0\] cross/,
		);
	});

	it('refuses a range past the end of the text', () => {
		expect(() => wrapRanges([text('short')], [range(10, 12)])).toThrow(/past the end/);
	});

	it('keeps every character of a long mixed paragraph in place', () => {
		const source = [
			text('“It’s an '),
			h('em', 'unsettled'),
			text(' time,” said '),
			h('a', { href: '/p' }, 'Johnstone'),
			text('.'),
		];
		const all = '“It’s an unsettled time,” said Johnstone.';
		const at = (words: string) => [all.indexOf(words), all.indexOf(words) + words.length] as const;
		const ranges = [
			range(...at('“It’s an unsettled time,”'), 'q', 0),
			range(...at('It’s an unsettled time,'), 'span', 1),
			range(...at('unsettled'), 'i', 2),
			range(...at('Johnstone'), 'b', 3),
		];
		expect(wrapped(source, ranges)).toBe(
			'<q>“<span>It’s an <i><em>unsettled</em></i> time,</span>”</q> said <b><a href="/p">Johnstone</a></b>.',
		);
	});
});
