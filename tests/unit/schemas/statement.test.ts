import { describe, expect, it } from 'vitest';
import { StatementSchema } from '../../../src/schemas/statement';

const valid = {
	id: 'q-trump-protect',
	speakers: ['donald-trump'],
	kind: 'direct',
	text: 'We protect them,',
	themes: ['burden-sharing'],
};

describe('StatementSchema', () => {
	it('accepts a direct and a reported statement, with an optional occurrence', () => {
		expect(StatementSchema.safeParse(valid).success).toBe(true);
		expect(StatementSchema.safeParse({ ...valid, kind: 'reported', occurrence: 2 }).success).toBe(true);
	});

	it('refuses a misspelled key, naming it', () => {
		const { speakers, ...rest } = valid;
		const result = StatementSchema.safeParse({ ...rest, speaker: speakers });
		expect(result.success).toBe(false);
		expect(JSON.stringify(result.error?.issues)).toContain('speaker');
	});

	it('refuses a statement without a kind, naming the field', () => {
		const result = StatementSchema.safeParse({ ...valid, kind: undefined });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['kind']);
	});

	it('refuses a kind other than direct or reported', () => {
		expect(StatementSchema.safeParse({ ...valid, kind: 'paraphrase' }).success).toBe(false);
	});

	it('refuses a statement with no speaker or no theme', () => {
		expect(StatementSchema.safeParse({ ...valid, speakers: [] }).success).toBe(false);
		expect(StatementSchema.safeParse({ ...valid, themes: [] }).success).toBe(false);
	});

	it.each([0, -1, 1.5])('refuses the occurrence %j, which is not a count from 1', (occurrence) => {
		expect(StatementSchema.safeParse({ ...valid, occurrence }).success).toBe(false);
	});
});
