import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { formatCalendarValue, machineDate } from '../lib/calendar';
import { listNames, shortenAtWord } from '../lib/phrasing';
import { personPath, themePath } from '../lib/paths';
import type { DateReference } from '../schemas/date-reference';
import type { EditorialNote } from '../schemas/editorial-note';
import type { Person } from '../schemas/person';
import type { Statement } from '../schemas/statement';

/** Who a speaker id stands for on the page: a name, and where the reader can learn more. */
export interface SpeakerLabel {
	name: string;
	href: string;
}

/**
 * Everything markup adds to the body is chrome: `data-pagefind-ignore` keeps it out of the search index,
 * and the `chrome` class lets tests (and readers' tools) strip it to get the source text back.
 */
const chrome = (className: string, children: (ElementContent | string)[]): Element =>
	h('span', { className: ['chrome', className], dataPagefindIgnore: '' }, children);

const srOnly = (text: string): Element => h('span', { className: ['sr-only'] }, text);

/**
 * A passage's own link, and for a statement the link to its share page. Without JavaScript they are plain links;
 * src/scripts/passage-links.ts makes the first copy a text-fragment link and the second open the device's share sheet.
 */
const passageLinks = (id: string, label: string, share?: { href: string; label: string }): Element =>
	chrome('passage-links', [
		h('span', { className: ['passage-links__bar'] }, [
			h('a', { className: ['permalink'], href: `#${id}`, ariaLabel: label }, '#'),
			...(share ? [h('a', { className: ['share-link'], href: share.href, ariaLabel: share.label }, 'Share')] : []),
		]),
	]);

/** A statement: its words, then who said them, visibly and for screen readers, then its links. */
export function statementMarkup(
	statement: Statement,
	speakers: SpeakerLabel[],
	sharePath: string,
	children: ElementContent[],
): Element {
	const words =
		statement.kind === 'direct'
			? h('q', { className: ['statement__words'] }, children)
			: h('span', { className: ['statement__words'] }, children);
	const names = speakers.flatMap((speaker, i) => [
		...(i > 0 ? [{ type: 'text', value: i === speakers.length - 1 ? ' and ' : ', ' } as const] : []),
		h('a', { className: ['speaker'], href: speaker.href }, speaker.name),
	]);
	const lead = statement.kind === 'direct' ? 'quote from ' : 'reported speech from ';
	const what = statement.kind === 'direct' ? 'quote' : 'reported statement';
	// The opening words tell apart one speaker's statements in a screen reader's list of links.
	const opening = shortenAtWord(statement.text, 36);
	const by = `by ${listNames(speakers.map((speaker) => speaker.name))}: ${statement.kind === 'direct' ? `“${opening}”` : opening}`;
	return h(
		'span',
		{
			className: ['statement', `statement--${statement.kind}`],
			id: statement.id,
			dataKind: statement.kind,
			dataSpeakers: statement.speakers.join(' '),
			dataThemes: statement.themes.join(' '),
		},
		[
			words,
			chrome('statement__by', [srOnly(lead), ...names]),
			passageLinks(statement.id, `Link to this ${what} ${by}`, { href: sharePath, label: `Share this ${what} ${by}` }),
		],
	);
}

/** A paragraph's link, placed after its words. */
export function paragraphLinkMarkup(id: string, position: number): Element {
	return passageLinks(id, `Link to paragraph ${position}`);
}

/** A person's first mention: a link to their page, then who they are. */
export function mentionMarkup(id: string, person: Person, children: ElementContent[]): ElementContent[] {
	return [
		h('a', { className: ['person'], href: personPath(id) }, children),
		chrome('person__role', [`(${person.role}, ${person.affiliation})`]),
	];
}

/** A dated reference: machine-readable, with the date it stands for. */
export function dateMarkup(date: DateReference, children: ElementContent[]): ElementContent[] {
	return [
		h('time', { className: ['date'], dateTime: machineDate(date.date) }, children),
		chrome('date__gloss', [
			srOnly('(date: '),
			formatCalendarValue(date.date, date.precision === 'approximate'),
			srOnly(')'),
		]),
	];
}

/** Words the article spinner changed: kept as published, with what they most likely were. */
export function noteMarkup(note: EditorialNote, children: ElementContent[]): ElementContent[] {
	return [
		h('span', { className: ['spun', `spun--${note.kind}`] }, children),
		chrome('editorial-note', [
			srOnly('(editor’s note: probably '),
			h('span', { className: ['editorial-note__original'] }, note.original),
			srOnly(')'),
		]),
	];
}

/** The themes a paragraph touches, as links to the theme pages. */
export function passageThemesMarkup(themes: readonly { id: string; name: string }[]): Element {
	return chrome('passage-themes', [
		srOnly('Themes: '),
		...themes.map((theme) => h('a', { className: ['theme'], href: themePath(theme.id) }, theme.name)),
	]);
}
