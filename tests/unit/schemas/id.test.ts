import { describe, expect, it } from 'vitest';
import { IdSchema } from '../../../src/schemas/id';

describe('IdSchema', () => {
	it.each(['pete-hegseth', 'q-johnstone-1', 'p-3fa9c2', 'a'])('accepts %s', (id) => {
		expect(IdSchema.safeParse(id).success).toBe(true);
	});

	it.each(['Pete-Hegseth', 'pete_hegseth', 'pete--hegseth', '-pete', 'pete-', '1st', 'pete hegseth', ''])(
		'refuses %j, which is not lowercase letters, digits and single hyphens starting with a letter',
		(id) => {
			expect(IdSchema.safeParse(id).success).toBe(false);
		},
	);
});
