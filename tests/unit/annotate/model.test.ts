import { describe, expect, it } from 'vitest';
import { AnnotationError } from '../../../src/annotate/errors';
import { buildArticleModel, type ModelInput } from '../../../src/annotate/model';
import { ArticleSchema } from '../../../src/schemas/article';
import type { Person } from '../../../src/schemas/person';

const FILE = 'content/articles/tokyo-talks.mdx';

const person = (name: string, aliases: string[] = []): Person => ({
	name,
	role: 'Minister',
	affiliation: 'Government',
	country: 'JP',
	aliases,
});

const registry: ModelInput['registry'] = {
	people: new Map([
		['pete-hegseth', person('Pete Hegseth')],
		['gen-nakatani', person('Gen Nakatani', ['Nakatani Gen'])],
		['donald-trump', person('Donald Trump', ['Trump'])],
	]),
	themes: new Map([
		['alliance', { name: 'Alliance credibility' }],
		['spending', { name: 'Defence spending' }],
	]),
};

const BODY = [
	'Pete Hegseth will meet Gen Nakatani on Sunday, a meeting Nakatani said would have “great significance” for Japan.',
	'“We have a great relationship with Japan,” Trump said. Officials said the talks might cover spending on Sunday.',
	'Officials at the White Home said Hegseth would return. Trumpism is not the point.',
];

const greatSignificance = {
	id: 'q-significance',
	speakers: ['gen-nakatani'],
	kind: 'direct',
	text: 'great significance',
	themes: ['alliance'],
};
const greatRelationship = {
	id: 'q-relationship',
	speakers: ['donald-trump'],
	kind: 'direct',
	text: 'We have a great relationship with Japan,',
	themes: ['alliance'],
};
const talks = {
	id: 'r-talks',
	speakers: ['officials'],
	kind: 'reported',
	text: 'the talks might cover spending on Sunday',
	themes: ['spending'],
};

/** A valid article over BODY; each test changes one thing. */
function frontmatter(overrides: Record<string, unknown> = {}) {
	return ArticleSchema.parse({
		title: 'Talks in Tokyo',
		titleByEditors: true,
		dek: 'A visit.',
		published: '2026-11-28',
		source: { name: 'Financial Times', published: '2025-03-27', paraphrased: false },
		people: ['pete-hegseth', 'gen-nakatani', 'donald-trump'],
		anonymousSources: [{ id: 'officials', label: 'Officials', description: 'Unnamed officials.' }],
		statements: [greatSignificance, greatRelationship, talks],
		...overrides,
	});
}

function build(overrides: Record<string, unknown> = {}, extra: Partial<ModelInput> = {}) {
	return buildArticleModel({
		file: FILE,
		article: frontmatter(overrides),
		paragraphs: BODY,
		registry,
		published: [],
		...extra,
	});
}

/** The AnnotationError that building throws, so a test can check the file, the field and the reason. */
function failure(overrides: Record<string, unknown>, extra: Partial<ModelInput> = {}): AnnotationError {
	try {
		build(overrides, extra);
	} catch (error) {
		if (error instanceof AnnotationError) return error;
		throw error;
	}
	throw new Error('the article was accepted');
}

describe('buildArticleModel: placing annotations', () => {
	it('places a direct statement over its quotation marks and a reported one over its words', () => {
		const { annotations } = build();
		const placed = (id: string) => {
			const a = annotations.find((x) => x.type === 'statement' && x.statement.id === id)!;
			return BODY[a.paragraph]!.slice(a.start, a.end);
		};
		expect(placed('q-significance')).toBe('“great significance”');
		expect(placed('q-relationship')).toBe('“We have a great relationship with Japan,”');
		expect(placed('r-talks')).toBe('the talks might cover spending on Sunday');
	});

	it('links each person at their first mention, by full name or alias', () => {
		const mentions = build().annotations.filter((a) => a.type === 'mention');
		const at = Object.fromEntries(
			mentions.map((m) => [m.person, [m.paragraph, BODY[m.paragraph]!.slice(m.start, m.end)]]),
		);
		expect(at).toEqual({
			'pete-hegseth': [0, 'Pete Hegseth'],
			'gen-nakatani': [0, 'Gen Nakatani'],
			'donald-trump': [1, 'Trump'],
		});
	});

	it('takes a name only as a whole word, not inside a longer word', () => {
		const body = ['Trumpism is not the point.', 'Then Trump spoke.'];
		const { annotations } = buildArticleModel({
			file: FILE,
			article: frontmatter({ people: ['donald-trump'], statements: [] }),
			paragraphs: body,
			registry,
			published: [],
		});
		const mention = annotations.find((a) => a.type === 'mention')!;
		expect([mention.paragraph, mention.start]).toEqual([1, 5]);
	});

	it('places dates and notes, the nth occurrence when asked', () => {
		const { annotations } = build({
			dates: [{ text: 'Sunday', occurrence: 2, date: '2025-03-30', precision: 'day', event: 'Talks.' }],
			notes: [{ text: 'White Home', original: 'White House', kind: 'name' }],
		});
		const date = annotations.find((a) => a.type === 'date')!;
		const note = annotations.find((a) => a.type === 'note')!;
		expect([date.paragraph, BODY[1]!.slice(date.start, date.end)]).toEqual([1, 'Sunday']);
		expect([note.paragraph, BODY[2]!.slice(note.start, note.end)]).toEqual([2, 'White Home']);
	});

	it('accepts a date nested inside a statement and a statement holding a person’s name', () => {
		expect(() =>
			build({ dates: [{ text: 'Sunday', occurrence: 2, date: '2025-03-30', precision: 'day', event: 'Talks.' }] }),
		).not.toThrow();
	});

	it('anchors every paragraph with a unique id and lists the statement ids among the anchors', () => {
		const model = build({ passages: [{ id: 'p-meeting', start: 'Pete Hegseth will meet', themes: ['alliance'] }] });
		const ids = model.paragraphs.map((p) => p.id);
		expect(ids[0]).toBe('p-meeting');
		expect(new Set(ids).size).toBe(BODY.length);
		expect(model.anchors).toEqual(expect.arrayContaining([...ids, 'q-significance', 'q-relationship', 'r-talks']));
	});

	it('keeps a generated paragraph id once it has been published', () => {
		const first = build();
		const published = [...first.anchors];
		const again = build({}, { published });
		expect(again.paragraphs.map((p) => p.id)).toEqual(first.paragraphs.map((p) => p.id));
	});

	it('keeps a published anchor alive through an alias to the passage that replaced it', () => {
		const model = build({ aliases: { 'p-old-meeting': 'q-significance' } }, { published: ['p-old-meeting'] });
		expect(model.anchors).toContain('p-old-meeting');
	});
});

describe('buildArticleModel: errors name the file, the field and the reason', () => {
	it('stops on an unknown person id under people', () => {
		const error = failure({ people: ['pete-hegseth', 'gen-nakatani', 'donald-trump', 'pete-hegset'] });
		expect(error.file).toBe(FILE);
		expect(error.field).toBe('people[3]');
		expect(error.reason).toMatch(/unknown person "pete-hegset"/);
		expect(error.message).toBe(`${FILE}: people[3]: ${error.reason}`);
	});

	it('stops on a person listed twice under people, whose two links would nest', () => {
		const error = failure({ people: ['pete-hegseth', 'gen-nakatani', 'donald-trump', 'gen-nakatani'] });
		expect(error.field).toBe('people[3]');
		expect(error.reason).toMatch(/"gen-nakatani" is listed twice/);
	});

	it('stops on an unknown speaker, listing the known ones', () => {
		const error = failure({
			statements: [greatSignificance, { ...greatRelationship, speakers: ['donald-trum'] }, talks],
		});
		expect(error.field).toBe('statements[1].speakers[0]');
		expect(error.reason).toMatch(/unknown speaker "donald-trum".*donald-trump/);
	});

	it('stops on a speaker who is a known person but not listed under people', () => {
		const error = failure({ people: ['pete-hegseth', 'gen-nakatani'] });
		expect(error.field).toBe('statements[1].speakers[0]');
		expect(error.reason).toMatch(/"donald-trump" speaks but is not listed under "people"/);
	});

	it('stops on an unknown theme of a statement', () => {
		const error = failure({
			statements: [greatSignificance, greatRelationship, { ...talks, themes: ['spending', 'trade'] }],
		});
		expect(error.field).toBe('statements[2].themes[1]');
		expect(error.reason).toMatch(/unknown theme "trade"/);
	});

	it('stops on an unknown theme of a passage', () => {
		const error = failure({ passages: [{ id: 'p-meeting', start: 'Pete Hegseth', themes: ['tariffs'] }] });
		expect(error.field).toBe('passages[0].themes[0]');
		expect(error.reason).toMatch(/unknown theme "tariffs"/);
	});

	it('stops on statement text that is not in the body', () => {
		const error = failure({
			statements: [greatSignificance, greatRelationship, { ...talks, text: 'the talks might cover tariffs' }],
		});
		expect(error.field).toBe('statements[2].text');
		expect(error.reason).toMatch(/"the talks might cover tariffs" is not in the body/);
	});

	it('stops on text found more than once without an occurrence', () => {
		const error = failure({ dates: [{ text: 'Sunday', date: '2025-03-30', precision: 'day', event: 'Talks.' }] });
		expect(error.field).toBe('dates[0].text');
		expect(error.reason).toMatch(/"Sunday" occurs 2 times.*occurrence/);
	});

	it('stops on a quotation in the body that no statement covers', () => {
		const error = failure({ statements: [greatRelationship, talks] });
		expect(error.field).toBe('statements');
		expect(error.reason).toMatch(/quotation “great significance” in paragraph 1 is covered by no statement/);
	});

	it('stops on a closing quotation mark that nothing opened, naming the paragraph', () => {
		const paragraphs = [
			...BODY.slice(0, 2),
			'Officials at the White Home said” Hegseth would return. Trumpism is not the point.',
		];
		const error = failure({}, { paragraphs });
		expect(error.field).toBe('body (paragraph 3)');
		expect(error.reason).toMatch(/quotation mark ” after ".*at the White Home said" pairs with no other mark/);
	});

	it('takes a quotation left open at the end of a paragraph as running to its end, and requires a statement for it', () => {
		const paragraphs = [...BODY.slice(0, 2), '“Hegseth would return, and the alliance would hold.'];
		const error = failure({}, { paragraphs });
		expect(error.reason).toMatch(
			/quotation “Hegseth would return, and the alliance would hold\.” in paragraph 3 is covered by no statement/,
		);

		const continuing = {
			...greatSignificance,
			id: 'q-return',
			text: 'Hegseth would return, and the alliance would hold.',
		};
		const { annotations } = build(
			{ statements: [greatSignificance, greatRelationship, talks, continuing] },
			{ paragraphs },
		);
		const placed = annotations.find((a) => a.type === 'statement' && a.statement.id === 'q-return')!;
		expect(paragraphs[2]!.slice(placed.start, placed.end)).toBe(paragraphs[2]);
	});

	it('stops on a direct statement that is only part of a quotation', () => {
		const error = failure({ statements: [{ ...greatSignificance, text: 'significance' }, greatRelationship, talks] });
		expect(error.field).toBe('statements[0].text');
		expect(error.reason).toMatch(/whole text between a pair of quotation marks/);
	});

	it('stops on a direct statement over words outside quotation marks', () => {
		const error = failure({ statements: [greatSignificance, greatRelationship, { ...talks, kind: 'direct' }] });
		expect(error.field).toBe('statements[2].text');
		expect(error.reason).toMatch(/quotation marks/);
	});

	it('stops on two annotations that overlap in part', () => {
		const error = failure({
			dates: [{ text: 'spending on Sunday.', date: '2025-03-30', precision: 'day', event: 'Talks.' }],
		});
		expect(error.field).toMatch(/^(dates\[0\]|statements\[2\])\.text$/);
		expect(error.reason).toMatch(/overlaps (statements\[2\]|dates\[0\]) in part/);
	});

	it('stops on two annotations of one kind on the same words, which would nest an element in its twin', () => {
		const sunday = { text: 'Sunday', occurrence: 1, date: '2025-03-30', precision: 'day', event: 'Talks.' };
		const error = failure({ dates: [sunday, { ...sunday, event: 'Talks again.' }] });
		expect(error.field).toBe('dates[1].text');
		expect(error.reason).toMatch(/marks the same words as dates\[0\]/);
	});

	it('stops on an editorial note inside a quotation', () => {
		const error = failure({ notes: [{ text: 'great relationship', original: 'good relationship', kind: 'meaning' }] });
		expect(error.field).toBe('notes[0].text');
		expect(error.reason).toMatch(/inside a quotation/);
	});

	it('stops on a person listed under people who is not named in the body', () => {
		const withAbe = { ...registry, people: new Map([...registry.people, ['shinzo-abe', person('Shinzo Abe')]]) };
		const error = failure(
			{ people: ['pete-hegseth', 'gen-nakatani', 'donald-trump', 'shinzo-abe'] },
			{ registry: withAbe },
		);
		expect(error.field).toBe('people[3]');
		expect(error.reason).toMatch(/Shinzo Abe \(or an alias\) is not named in the body/);
	});

	it('stops on two statements with the same id', () => {
		const error = failure({ statements: [greatSignificance, { ...greatRelationship, id: 'q-significance' }, talks] });
		expect(error.field).toBe('statements[1].id');
		expect(error.reason).toMatch(/"q-significance" is already used by statements\[0\]\.id/);
	});

	it('stops on an anonymous source that reuses a named person’s id', () => {
		const error = failure({ anonymousSources: [{ id: 'donald-trump', label: 'Someone', description: 'Unnamed.' }] });
		expect(error.field).toBe('anonymousSources[0].id');
		expect(error.reason).toMatch(/is a named person.s id; anonymous sources need their own/);
	});

	it('stops on a passage whose start words begin no paragraph', () => {
		const error = failure({ passages: [{ id: 'p-meeting', start: 'Hegseth will meet', themes: [] }] });
		expect(error.field).toBe('passages[0].start');
		expect(error.reason).toMatch(/no paragraph starts with/);
	});

	it('stops when a published anchor would disappear', () => {
		const error = failure({}, { published: ['q-withdrawn'] });
		expect(error.field).toBe('aliases');
		expect(error.reason).toMatch(/"q-withdrawn" would disappear/);
	});
});
