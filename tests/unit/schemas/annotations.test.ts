import { describe, expect, it } from 'vitest';
import { AnonymousSourceSchema } from '../../../src/schemas/anonymous-source';
import { EditorialNoteSchema } from '../../../src/schemas/editorial-note';
import { PassageSchema } from '../../../src/schemas/passage';

describe('PassageSchema', () => {
	it('accepts an id and start words, with no themes by default', () => {
		expect(PassageSchema.parse({ id: 'p-intro', start: 'Issues over' })).toEqual({
			id: 'p-intro',
			start: 'Issues over',
			themes: [],
		});
	});

	it('refuses a misspelled key and empty start words', () => {
		expect(PassageSchema.safeParse({ id: 'p-intro', strat: 'Issues over' }).success).toBe(false);
		expect(PassageSchema.safeParse({ id: 'p-intro', start: '' }).success).toBe(false);
	});
});

describe('EditorialNoteSchema', () => {
	it('accepts a note on a corrupted name', () => {
		expect(EditorialNoteSchema.safeParse({ text: 'White Home', original: 'White House', kind: 'name' }).success).toBe(
			true,
		);
	});

	it('refuses a note without the likely original or with an unknown kind', () => {
		expect(EditorialNoteSchema.safeParse({ text: 'White Home', kind: 'name' }).success).toBe(false);
		expect(EditorialNoteSchema.safeParse({ text: 'White Home', original: 'White House', kind: 'typo' }).success).toBe(
			false,
		);
	});
});

describe('AnonymousSourceSchema', () => {
	it('accepts a source with a label and a description', () => {
		expect(
			AnonymousSourceSchema.safeParse({ id: 'japanese-official', label: 'A Japanese official', description: 'Quoted.' })
				.success,
		).toBe(true);
	});

	it('refuses a misspelled key and a country that is not an ISO code', () => {
		expect(AnonymousSourceSchema.safeParse({ id: 'x', lable: 'X', description: 'Y' }).success).toBe(false);
		expect(AnonymousSourceSchema.safeParse({ id: 'x', label: 'X', description: 'Y', country: 'Japan' }).success).toBe(
			false,
		);
	});
});
