import { z } from 'astro/zod';

/** A lowercase, hyphenated identifier: safe in URLs, HTML ids and file names. */
export const IdSchema = z
	.string()
	.regex(
		/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
		'must be lowercase letters, digits and single hyphens, starting with a letter',
	);
