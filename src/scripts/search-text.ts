/** A stretch of a result's text: matched words are their own runs, so that they can be marked. */
export interface TextRun {
	text: string;
	matched: boolean;
}

/** Pagefind numbers a result's words by splitting its content on these (see `build_excerpt` in pagefind.js). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/**
 * Splits raw content into plain and matched runs, from the word positions Pagefind reports. With `maxWords`, keeps a
 * window of that many words around the first match, marking cut ends with an ellipsis. The runs are text, to be
 * rendered as text: never as HTML.
 */
export function matchedRuns(content: string, locations: readonly number[], maxWords = Infinity): TextRun[] {
	const words = content.trim().split(WORD_SEPARATORS);
	const matched = new Set(locations);
	const first = Math.min(...locations, words.length);
	const start =
		words.length <= maxWords ? 0 : Math.max(0, Math.min(first - Math.floor(maxWords / 3), words.length - maxWords));
	const end = Math.min(words.length, start + maxWords);

	const runs: TextRun[] = [];
	const append = (text: string, isMatch: boolean) => {
		const last = runs.at(-1);
		if (last && !last.matched && !isMatch) last.text += text;
		else runs.push({ text, matched: isMatch });
	};
	if (start > 0) append('… ', false);
	for (let i = start; i < end; i++) {
		if (i > start) append(' ', false);
		append(words[i]!, matched.has(i));
	}
	if (end < words.length) append(' …', false);
	return runs;
}
