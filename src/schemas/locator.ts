import { z } from 'astro/zod';

/** Which occurrence of `text` in the body is meant, counted from 1 in reading order. */
export const OccurrenceSchema = z.number().int().positive().optional();
