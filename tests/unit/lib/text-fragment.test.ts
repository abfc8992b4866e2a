import { describe, expect, it } from 'vitest';
import {
	chooseTextDirective,
	encodeTerm,
	findTextDirective,
	formatTextDirective,
	fragmentLink,
} from '../../../src/lib/text-fragment';

/** The offsets of `words` in `page`, the n-th time they occur (n counts from 1). */
function span(page: string, words: string, n = 1): [number, number] {
	let at = -1;
	for (let i = 0; i < n; i++) at = page.indexOf(words, at + 1);
	if (at === -1) throw new Error(`"${words}" is not ${n} times in the page`);
	return [at, at + words.length];
}

// Expected encodings are UTF-8 bytes worked out by hand from the code points, as the spec's percent-encoding asks.
describe('encodeTerm', () => {
	it('percent-encodes curly quotes and apostrophes as their UTF-8 bytes', () => {
		// “ U+201C = E2 80 9C, ’ U+2019 = E2 80 99, ” U+201D = E2 80 9D; the comma is syntax, so %2C.
		expect(encodeTerm('“It’s an unsettled time,”')).toBe('%E2%80%9CIt%E2%80%99s%20an%20unsettled%20time%2C%E2%80%9D');
	});

	it('escapes the hyphen-minus, which separates a prefix or suffix from the text', () => {
		expect(encodeTerm('US-Japan')).toBe('US%2DJapan');
	});

	it('encodes en and em dashes as characters, not as syntax', () => {
		// – U+2013 = E2 80 93, — U+2014 = E2 80 94.
		expect(encodeTerm('spending – and trade — too')).toBe('spending%20%E2%80%93%20and%20trade%20%E2%80%94%20too');
	});

	it('escapes commas and ampersands, which separate terms and directives', () => {
		expect(encodeTerm('Tariffs, taxes & trade')).toBe('Tariffs%2C%20taxes%20%26%20trade');
	});

	it('encodes accented Latin and Japanese text as UTF-8', () => {
		// ō U+014D = C5 8D; 日 U+65E5 = E6 97 A5, 本 U+672C = E6 9C AC, の U+306E = E3 81 AE.
		expect(encodeTerm('Tōkyō')).toBe('T%C5%8Dky%C5%8D');
		expect(encodeTerm('日本の')).toBe('%E6%97%A5%E6%9C%AC%E3%81%AE');
	});

	it('decodes back to the term and leaves none of the directive syntax characters bare', () => {
		const term = 'A “so-called” deal, signed & sealed – in Tōkyō';
		const encoded = encodeTerm(term);
		expect(decodeURIComponent(encoded)).toBe(term);
		expect(encoded).not.toMatch(/[-,& ]/);
	});
});

describe('formatTextDirective and fragmentLink', () => {
	it('writes prefix-, start, end and -suffix in the order the spec gives', () => {
		const directive = { prefix: 'the', start: 'US-Japan alliance', end: 'trade, & more', suffix: 'next' };
		expect(formatTextDirective(directive)).toBe('the-,US%2DJapan%20alliance,trade%2C%20%26%20more,-next');
	});

	it('writes a lone start term without separators', () => {
		expect(formatTextDirective({ start: 'great significance' })).toBe('great%20significance');
	});

	it('puts the passage id before the directive, so browsers without text fragments still land on the passage', () => {
		expect(fragmentLink('q-nakatani-significance', { start: 'great significance' })).toBe(
			'#q-nakatani-significance:~:text=great%20significance',
		);
	});

	it('gives the id alone when there is no directive', () => {
		expect(fragmentLink('p-f47')).toBe('#p-f47');
	});
});

describe('findTextDirective', () => {
	const page = 'Zeta beta gamma.\nThe BETA test in Tōkyō, again.';

	it('matches case-insensitively and without regard to accents', () => {
		expect(findTextDirective(page, { start: 'beta test in tokyo' })).toEqual({
			start: page.indexOf('BETA'),
			end: page.indexOf(', again'),
		});
	});

	it('matches whole words only', () => {
		expect(findTextDirective('Alphabet soup. Alpha', { start: 'alpha' })?.start).toBe(15);
		expect(findTextDirective('Zeta', { start: 'eta' })).toBeNull();
	});

	it('does not match across a block boundary', () => {
		expect(findTextDirective(page, { start: 'gamma. The' })).toBeNull();
	});

	it('lands on the first match whose prefix comes right before it', () => {
		const text = 'said no. He said no.';
		expect(findTextDirective(text, { prefix: 'He', start: 'said no' })).toEqual({ start: 12, end: 19 });
	});

	it('lands on the first match whose suffix comes right after it', () => {
		const text = 'said no. said no again.';
		expect(findTextDirective(text, { start: 'said no', suffix: 'again' })).toEqual({ start: 9, end: 16 });
	});

	it('spans from the start term to the first end term after it', () => {
		const text = 'one two three four five six';
		expect(findTextDirective(text, { start: 'two', end: 'five' })).toEqual({ start: 4, end: 23 });
	});
});

describe('chooseTextDirective', () => {
	it('quotes a short selection whole when it occurs once', () => {
		const page = 'Nakatani said it would have “great significance” for Japan.';
		expect(chooseTextDirective(page, ...span(page, '“great significance”'))).toEqual({ start: '“great significance”' });
	});

	it('keeps curly quotes, commas and dashes in the terms, and the link encodes them', () => {
		const page = '“It’s an unsettled time in Tokyo,” said Johnstone – a former official.';
		const directive = chooseTextDirective(page, ...span(page, '“It’s an unsettled'));
		expect(directive).toEqual({ start: '“It’s an unsettled' });
		expect(fragmentLink('q-x', directive)).toBe('#q-x:~:text=%E2%80%9CIt%E2%80%99s%20an%20unsettled');
	});

	it('widens a selection that starts or ends inside a word to whole words', () => {
		const page = 'Hegseth will meet defence minister Gen Nakatani on Sunday.';
		expect(chooseTextDirective(page, page.indexOf('fence'), page.indexOf('minister') + 4)).toEqual({
			start: 'defence minister',
		});
	});

	it('adds the word before when the words occur earlier on the page', () => {
		const page = 'Tokyo said no.\nIn Tokyo, officials said no to the plan.';
		expect(chooseTextDirective(page, ...span(page, 'said no', 2))).toEqual({ prefix: 'officials', start: 'said no' });
	});

	it('adds the words after when the ambiguous words open their block', () => {
		const page = 'Tariffs loom large over the talks.\nTariffs loom again.';
		expect(chooseTextDirective(page, ...span(page, 'Tariffs loom', 2))).toEqual({
			start: 'Tariffs loom',
			suffix: 'again.',
		});
	});

	it('gives a long selection by its first and last three words', () => {
		const page =
			'Intro. The fundamental question of whether a meaningful alliance agenda is possible with the threat of tariffs looming. Outro.';
		const words =
			'The fundamental question of whether a meaningful alliance agenda is possible with the threat of tariffs looming.';
		expect(chooseTextDirective(page, ...span(page, words))).toEqual({
			start: 'The fundamental question',
			end: 'of tariffs looming.',
		});
	});

	it('gives a selection across blocks by the first words of the first and the last words of the last', () => {
		const page = 'Headline\nFirst paragraph ends here.\nSecond paragraph starts here.';
		const from = page.indexOf('paragraph ends');
		const to = page.indexOf(' starts');
		expect(chooseTextDirective(page, from, to)).toEqual({ start: 'paragraph ends here.', end: 'Second paragraph' });
	});

	it('adds the word after a long selection when its last words recur inside it', () => {
		const page = 'Start: alpha beta gamma delta x y z epsilon x y z end.';
		const directive = chooseTextDirective(page, ...span(page, 'alpha beta gamma delta x y z epsilon x y z'));
		expect(directive).toEqual({ start: 'alpha beta gamma', end: 'x y z', suffix: 'end.' });
	});

	it('lengthens the edge terms when recurring words leave no context to add', () => {
		const page = 'alpha beta gamma delta x y z epsilon x y z';
		expect(chooseTextDirective(page, 0, page.length)).toEqual({
			start: 'alpha beta gamma delta x',
			end: 'z epsilon x y z',
		});
	});

	it('leaves out a block of punctuation at either end, which would make a term that matches almost anywhere', () => {
		const page = 'Heading\n(\nJapan will decide its own defence spending\n.\nNext';
		const from = page.indexOf('(');
		const to = page.indexOf('Next') - 1;
		expect(chooseTextDirective(page, from, to)).toEqual({ start: 'Japan will decide its own defence spending' });
	});

	it('gives no directive when the words cannot be told apart within their block', () => {
		const page = 'same words here\nsame words here';
		expect(chooseTextDirective(page, ...span(page, 'same words here', 2))).toBeUndefined();
	});

	it('gives no directive for a selection of whitespace only', () => {
		expect(chooseTextDirective('a   b', 1, 4)).toBeUndefined();
	});
});
