/**
 * Text fragments (`#id:~:text=[prefix-,]start[,end][,-suffix]`, https://wicg.github.io/scroll-to-text-fragment/):
 * encoding, and choosing terms that land on exactly the words meant.
 *
 * The page is given as the text a browser searches: text nodes in document order, each whitespace character as a
 * space, and `\n` wherever a block boundary falls (a term never spans one). Offsets index that string.
 */

/** The terms of a text directive, unencoded. */
export interface TextDirective {
	prefix?: string;
	start: string;
	end?: string;
	suffix?: string;
}

/** Where a directive lands in the page text: `[start, end)`. */
export interface TextMatch {
	start: number;
	end: number;
}

/** A selection this short is quoted whole; a longer one is given by its first and last words. */
const EXACT_MAX_WORDS = 8;
/** Words at each edge of a long selection, tried in turn until the pair is unambiguous. */
const EDGE_WORDS = [3, 6];
/** Context words before and after, tried in this order: the shortest link that is unambiguous wins. */
const CONTEXTS: [prefix: number, suffix: number][] = [
	[0, 0],
	[1, 0],
	[0, 1],
	[1, 1],
	[2, 0],
	[0, 2],
	[2, 2],
	[3, 0],
	[0, 3],
	[3, 3],
];

/** Percent-encodes a term: `encodeURIComponent`, plus `-`, which the directive syntax reserves as well as `,` and `&`. */
export function encodeTerm(term: string): string {
	return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** The directive as it goes after `:~:text=`. */
export function formatTextDirective({ prefix, start, end, suffix }: TextDirective): string {
	return [
		prefix === undefined ? '' : `${encodeTerm(prefix)}-,`,
		encodeTerm(start),
		end === undefined ? '' : `,${encodeTerm(end)}`,
		suffix === undefined ? '' : `,-${encodeTerm(suffix)}`,
	].join('');
}

/** A fragment naming the passage `id` and, when given, the words in it: `#id:~:text=...`, or `#id` alone. */
export function fragmentLink(id: string, directive?: TextDirective): string {
	return directive ? `#${id}:~:text=${formatTextDirective(directive)}` : `#${id}`;
}

/**
 * Where a browser lands for `directive`, per the spec's "find a range from a text directive": the first match, compared
 * case- and accent-insensitively, starting and ending on word boundaries. Boundaries are taken generously (any
 * letter next to a non-letter), so this finds every match a browser finds and perhaps a few more: an answer that says
 * the words are unambiguous can be trusted.
 */
export function findTextDirective(page: string, directive: TextDirective): TextMatch | null {
	const text = fold(page);
	const find = termFinder(text);
	// As the spec has it: a start term followed by a suffix alone may end inside a word.
	const startEndBounded = directive.end !== undefined || directive.suffix === undefined;
	let from = 0;
	while (from < text.length) {
		let match: TextMatch | null;
		if (directive.prefix !== undefined) {
			const prefix = find(directive.prefix, from, { startBounded: true });
			if (!prefix) return null;
			from = prefix.start + 1;
			match = find(directive.start, skipWhitespace(text, prefix.end), { anchored: true, endBounded: startEndBounded });
			if (!match) continue;
		} else {
			match = find(directive.start, from, { startBounded: true, endBounded: startEndBounded });
			if (!match) return null;
			from = match.start + 1;
		}
		let endFrom = match.end;
		while (endFrom <= text.length) {
			if (directive.end !== undefined) {
				const end = find(directive.end, endFrom, { startBounded: true, endBounded: directive.suffix === undefined });
				if (!end) return null;
				match = { start: match.start, end: end.end };
			}
			if (directive.suffix === undefined) return match;
			const suffix = find(directive.suffix, skipWhitespace(text, match.end), { anchored: true, endBounded: true });
			if (suffix) return match;
			if (directive.end === undefined) break;
			endFrom = match.end;
		}
	}
	return null;
}

/**
 * The shortest directive that lands on the words of `[from, to)` and nowhere earlier, widened to whole words; with
 * context words from the same block where the words alone are ambiguous. Undefined when nothing short is unambiguous:
 * the passage's id is then the whole link.
 */
export function chooseTextDirective(page: string, from: number, to: number): TextDirective | undefined {
	const { start, end } = withoutBareBlocks(page, wholeWords(page, from, to));
	if (start >= end) return undefined;
	const lines = page.slice(start, end).split('\n');
	const first = words(lines[0]!);
	const last = words(lines.at(-1)!);
	const before = words(page.slice(page.lastIndexOf('\n', start - 1) + 1, start));
	const blockEnd = page.indexOf('\n', end);
	const after = words(page.slice(end, blockEnd === -1 ? undefined : blockEnd));
	const exact = lines.length === 1 && first.length <= EXACT_MAX_WORDS;
	const cores: TextDirective[] = exact
		? [{ start: first.join(' ') }]
		: EDGE_WORDS.map((edge) => {
				const n = lines.length === 1 ? Math.min(edge, Math.floor(first.length / 2)) : edge;
				return { start: first.slice(0, n).join(' '), end: last.slice(-n).join(' ') };
			});
	for (const core of cores) {
		for (const [p, s] of CONTEXTS) {
			if (p > before.length || s > after.length) continue;
			const directive: TextDirective = { ...core };
			if (p > 0) directive.prefix = before.slice(-p).join(' ');
			if (s > 0) directive.suffix = after.slice(0, s).join(' ');
			const match = findTextDirective(page, directive);
			if (match?.start === start && match.end === end) return directive;
		}
	}
	return undefined;
}

interface FindOptions {
	/** The term must start exactly at `from` (after a prefix). */
	anchored?: boolean;
	startBounded?: boolean;
	endBounded?: boolean;
}

/** Finds a (folded) term in the folded page text, within one block, honouring word boundaries. */
function termFinder(text: string) {
	return (term: string, from: number, { anchored = false, startBounded = false, endBounded = false }: FindOptions) => {
		const pattern = new RegExp(
			words(fold(term))
				.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
				.join('[^\\S\\n]+'),
			anchored ? 'uy' : 'ug',
		);
		pattern.lastIndex = from;
		for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
			const start = found.index;
			const end = start + found[0].length;
			if ((!startBounded || isBoundary(text, start)) && (!endBounded || isBoundary(text, end))) return { start, end };
			if (anchored) return null;
			pattern.lastIndex = start + 1;
		}
		return null;
	};
}

/** Widens `[from, to)` to whole words and trims the whitespace at either end. */
function wholeWords(page: string, from: number, to: number): TextMatch {
	let start = Math.max(0, from);
	let end = Math.min(page.length, to);
	while (start > 0 && !isBoundary(page, start)) start--;
	while (end < page.length && !isBoundary(page, end)) end++;
	while (start < end && /\s/.test(page[start]!)) start++;
	while (end > start && /\s/.test(page[end - 1]!)) end--;
	return { start, end };
}

/**
 * Leaves out blocks at either end that hold no word, such as the full stop after a statement whose annotations
 * end a block: a term of punctuation alone would match almost anywhere.
 */
function withoutBareBlocks(page: string, { start, end }: TextMatch): TextMatch {
	let from = start;
	let to = end;
	for (let cut = page.indexOf('\n', from); cut !== -1 && cut < to && !WORDS.test(page.slice(from, cut));) {
		from = cut + 1;
		cut = page.indexOf('\n', from);
	}
	for (let cut = page.lastIndexOf('\n', to - 1); cut >= from && !WORDS.test(page.slice(cut + 1, to));) {
		to = cut;
		cut = page.lastIndexOf('\n', to - 1);
	}
	return wholeWords(page, from, to);
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

function skipWhitespace(text: string, from: number): number {
	let at = from;
	while (at < text.length && /\s/.test(text[at]!)) at++;
	return at;
}

const WORD = /[\p{L}\p{N}\p{M}_]/u;
const WORDS = /[\p{L}\p{N}]/u;
/** Scripts written without spaces: a word may end after any of their characters. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

function isBoundary(text: string, at: number): boolean {
	const before = text[at - 1];
	const after = text[at];
	if (before === undefined || after === undefined) return true;
	return !WORD.test(before) || !WORD.test(after) || UNSPACED.test(before) || UNSPACED.test(after);
}

/** Lower case without accents, one code unit for one: offsets into the result are offsets into the input. */
function fold(text: string): string {
	let folded = '';
	for (const character of text) {
		const base = character.normalize('NFD').toLowerCase();
		folded += base.length >= character.length ? base.slice(0, character.length) : character;
	}
	return folded;
}
