import { z } from 'astro/zod';

/** A theme from the site's small controlled vocabulary. */
export const ThemeSchema = z.strictObject({
	name: z.string().min(1),
	description: z.string().min(1),
});

export type Theme = z.infer<typeof ThemeSchema>;
