/** A quotation in running text: the quotation marks at `start` and `end - 1`, the words between them. */
export interface Quotation {
	start: number;
	end: number;
	inner: string;
}

/** Curly pairs as the article uses them, and straight quotes as an editor may type them. */
const QUOTATION = /“([^“”]*)”|"([^"]*)"/g;

/** Finds every quotation-mark pair in a paragraph's text. */
export function findQuotations(text: string): Quotation[] {
	return Array.from(text.matchAll(QUOTATION), (match) => ({
		start: match.index,
		end: match.index + match[0].length,
		inner: match[1] ?? match[2] ?? '',
	}));
}
