import { describe, expect, it } from 'vitest';
import { ThemeSchema } from '../../../src/schemas/theme';

describe('ThemeSchema', () => {
	it('accepts a name and a description', () => {
		expect(ThemeSchema.safeParse({ name: 'Arms sales', description: 'Sales of weapons.' }).success).toBe(true);
	});

	it('refuses a misspelled key', () => {
		expect(ThemeSchema.safeParse({ name: 'Arms sales', descripton: 'Sales of weapons.' }).success).toBe(false);
	});

	it('refuses an empty description', () => {
		expect(ThemeSchema.safeParse({ name: 'Arms sales', description: '' }).success).toBe(false);
	});
});
