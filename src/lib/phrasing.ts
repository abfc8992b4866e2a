/** Names in a sentence: "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
	return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

/** Cuts `text` at the last word that fits in `length` characters and adds an ellipsis; short text stays whole. */
export function shortenAtWord(text: string, length: number): string {
	if (text.length <= length) return text;
	const cut = text.slice(0, length - 1);
	const lastSpace = cut.lastIndexOf(' ');
	const whole = /\s/.test(text[cut.length]!) || lastSpace <= 0 ? cut : cut.slice(0, lastSpace);
	return `${whole.replace(/[\s,;:.]+$/, '')}…`;
}
