/** A problem in an article's content: names the file, the field and what is wrong, and stops the build. */
export class AnnotationError extends Error {
	constructor(
		readonly file: string,
		readonly field: string,
		readonly reason: string,
	) {
		super(`${file}: ${field}: ${reason}`);
		this.name = 'AnnotationError';
	}
}

/** Formats a Zod issue path the way an editor reads YAML: `statements[3].speakers[0]`. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((field, key) => {
		if (typeof key === 'number') return `${field}[${key}]`;
		return field ? `${field}.${String(key)}` : String(key);
	}, '');
}
