import { describe, expect, it } from 'vitest';
import { PersonSchema } from '../../../src/schemas/person';

const valid = {
	name: 'Gen Nakatani',
	role: 'Minister of Defense',
	affiliation: 'Japan Ministry of Defense',
	country: 'JP',
};

describe('PersonSchema', () => {
	it('accepts a person and gives them no aliases by default', () => {
		expect(PersonSchema.parse(valid)).toEqual({ ...valid, aliases: [] });
	});

	it('refuses a misspelled key, naming it', () => {
		const result = PersonSchema.safeParse({ ...valid, affilation: 'Ministry' });
		expect(result.success).toBe(false);
		expect(JSON.stringify(result.error?.issues)).toContain('affilation');
	});

	it.each(['name', 'role', 'affiliation', 'country'])('refuses a person without %s, naming the field', (field) => {
		const result = PersonSchema.safeParse({ ...valid, [field]: undefined });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual([field]);
	});

	it.each(['Japan', 'jp', 'JPN'])('refuses the country %j, which is not a two-letter ISO code', (country) => {
		expect(PersonSchema.safeParse({ ...valid, country }).success).toBe(false);
	});

	it('refuses an empty alias', () => {
		expect(PersonSchema.safeParse({ ...valid, aliases: [''] }).success).toBe(false);
	});
});
