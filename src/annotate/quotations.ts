/**
 * A quotation in running text. `start`–`end` covers the marks as well as the words; `innerStart`–`innerEnd` the
 * words alone. A quotation that continues into the next paragraph has no closing mark here: it runs to the end.
 */
export interface Quotation {
	start: number;
	end: number;
	innerStart: number;
	innerEnd: number;
	inner: string;
	continues: boolean;
}

/** The quotations of a paragraph, and the marks that fit no quotation (a closing mark that nothing opened). */
export interface QuotationScan {
	quotations: Quotation[];
	/** Offsets of stray marks. */
	stray: number[];
}

const OPENING = '“';
const CLOSING = '”';
/** Straight double quotes, as an editor may type them: each one opens or closes. */
const STRAIGHT = '"';

/**
 * Finds every quotation in a paragraph's text: curly pairs, straight pairs, and an opening mark never closed,
 * which by convention means the quotation carries on into the next paragraph.
 */
export function scanQuotations(text: string): QuotationScan {
	const quotations: Quotation[] = [];
	const stray: number[] = [];
	let open: { at: number; mark: string } | undefined;
	const close = (end: number, continues: boolean) => {
		const innerStart = open!.at + 1;
		const innerEnd = continues ? end : end - 1;
		quotations.push({ start: open!.at, end, innerStart, innerEnd, inner: text.slice(innerStart, innerEnd), continues });
		open = undefined;
	};
	for (let i = 0; i < text.length; i++) {
		const mark = text[i];
		if (mark === OPENING || (mark === STRAIGHT && !open)) {
			if (open) stray.push(open.at);
			open = { at: i, mark: mark === OPENING ? CLOSING : STRAIGHT };
		} else if (mark === CLOSING || mark === STRAIGHT) {
			if (open?.mark === mark) close(i + 1, false);
			else stray.push(i);
		}
	}
	if (open) close(text.length, true);
	return { quotations, stray };
}

/** The quotations of a paragraph's text (see `scanQuotations`). */
export function findQuotations(text: string): Quotation[] {
	return scanQuotations(text).quotations;
}
