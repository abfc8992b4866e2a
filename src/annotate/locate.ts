/** Where an annotation's text sits in the body: a paragraph and a character range in its text. */
export interface Location {
	paragraph: number;
	start: number;
	end: number;
}

/** Every place `needle` occurs in the paragraphs, in reading order. */
export function findAll(paragraphs: readonly string[], needle: string): Location[] {
	const found: Location[] = [];
	paragraphs.forEach((text, paragraph) => {
		for (let start = text.indexOf(needle); start !== -1; start = text.indexOf(needle, start + 1)) {
			found.push({ paragraph, start, end: start + needle.length });
		}
	});
	return found;
}

/**
 * Finds the one place an annotation refers to.
 * Returns a reason instead when the text is missing, or occurs more than once and no `occurrence` says which.
 */
export function locate(
	paragraphs: readonly string[],
	text: string,
	occurrence?: number,
): Location | { problem: string } {
	const found = findAll(paragraphs, text);
	const quoted = JSON.stringify(text);
	if (found.length === 0) return { problem: `text ${quoted} is not in the body` };
	if (occurrence !== undefined) {
		return (
			found[occurrence - 1] ?? {
				problem: `occurrence ${occurrence} of ${quoted} asked for, but the body has ${found.length}`,
			}
		);
	}
	if (found.length > 1) {
		const where = found.map((f) => `paragraph ${f.paragraph + 1}`).join(', ');
		return {
			problem: `text ${quoted} occurs ${found.length} times (${where}); add "occurrence: <n>" to say which`,
		};
	}
	return found[0]!;
}
