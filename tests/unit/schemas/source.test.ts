import { describe, expect, it } from 'vitest';
import { SourceSchema } from '../../../src/schemas/source';

const valid = { name: 'Financial Times', published: '2025-03-27', paraphrased: true };

describe('SourceSchema', () => {
	it('accepts a source with the optional notes and URL', () => {
		const full = {
			...valid,
			nameInText: 'Monetary Occasions',
			url: 'https://www.ft.com/',
			publishedNote: 'Inferred.',
			paraphraseNote: 'Spun.',
		};
		expect(SourceSchema.safeParse(full).success).toBe(true);
	});

	it('refuses a source that does not say whether it was paraphrased', () => {
		const result = SourceSchema.safeParse({ name: 'Financial Times', published: '2025-03-27' });
		expect(result.error?.issues[0]?.path).toEqual(['paraphrased']);
	});

	it('refuses a URL that is not one', () => {
		expect(SourceSchema.safeParse({ ...valid, url: 'ft dot com' }).success).toBe(false);
	});

	it('refuses a misspelled key', () => {
		expect(SourceSchema.safeParse({ ...valid, paraphrazed: true }).success).toBe(false);
	});
});
