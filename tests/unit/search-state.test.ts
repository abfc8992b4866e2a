import { describe, expect, it } from 'vitest';
import {
	ARTICLE_FILTERS,
	describeResults,
	isBlank,
	paramsFromState,
	searchesArticleText,
	searchTerm,
	statementFilters,
	stateFromParams,
} from '../../src/scripts/search-state';

const read = (query: string) => stateFromParams(new URLSearchParams(query));

describe('the search in the address', () => {
	it('reads the words, the exact-phrase switch and the filters', () => {
		expect(read('q=numerical+target&exact=1&speaker=Katsunobu+Kato&kind=direct')).toEqual({
			query: 'numerical target',
			exact: true,
			filters: { speaker: 'Katsunobu Kato', kind: 'direct' },
		});
	});

	it('ignores parameters it does not know and filters left empty', () => {
		expect(read('q=%20tokyo%20&speaker=&utm_source=mail&highlight=x')).toEqual({
			query: 'tokyo',
			exact: false,
			filters: {},
		});
	});

	it('writes back what it read, leaving out what is unset', () => {
		const query = 'q=defence&speaker=Elbridge+Colby&theme=Defence+spending';
		expect(paramsFromState(read(query)).toString()).toBe(query);
		expect(paramsFromState({ query: '', exact: true, filters: {} }).toString()).toBe('');
	});

	it('is blank with neither words nor a filter', () => {
		expect(isBlank(read(''))).toBe(true);
		expect(isBlank(read('exact=1'))).toBe(true);
		expect(isBlank(read('source=anonymous'))).toBe(false);
	});
});

describe('searchTerm', () => {
	it('hands Pagefind the words as typed, or null to search by filters alone', () => {
		expect(searchTerm(read('q=great+significance'))).toBe('great significance');
		expect(searchTerm(read('speaker=Gen+Nakatani'))).toBeNull();
	});

	it('quotes the whole query for an exact phrase, dropping quotation marks inside it', () => {
		expect(searchTerm(read('q=great+significance&exact=1'))).toBe('"great significance"');
		expect(searchTerm(read('q=%E2%80%9Cgreat%E2%80%9D+significance&exact=1'))).toBe('"great significance"');
	});
});

describe('which records a search asks Pagefind for', () => {
	it('asks for statements of any kind, with the reader’s filters', () => {
		expect(statementFilters(read('q=tokyo&speaker=Gen+Nakatani'))).toEqual({
			kind: { any: ['direct', 'reported'] },
			speaker: 'Gen Nakatani',
		});
	});

	it('asks for one kind of statement when the reader chose it', () => {
		expect(statementFilters(read('kind=reported'))).toEqual({ kind: 'reported' });
	});

	it('asks for article pages as whatever is not a statement', () => {
		expect(ARTICLE_FILTERS).toEqual({ not: { kind: { any: ['direct', 'reported'] } } });
	});

	it('looks in the articles’ own text only for words with no filter, which article pages cannot match', () => {
		expect(searchesArticleText(read('q=tokyo'))).toBe(true);
		expect(searchesArticleText(read('q=tokyo&speaker=Gen+Nakatani'))).toBe(false);
		expect(searchesArticleText(read('speaker=Gen+Nakatani'))).toBe(false);
	});
});

describe('describeResults', () => {
	it('counts statements and articles, and says what was searched for', () => {
		expect(describeResults(read('q=tokyo'), { statements: 6, articles: 1 })).toBe(
			'6 statements and 1 article found for “tokyo”.',
		);
		expect(
			describeResults(read('q=great+significance&exact=1&speaker=Gen+Nakatani'), { statements: 1, articles: 0 }),
		).toBe('1 statement found for the phrase “great significance” (speaker: Gen Nakatani).');
	});

	it('says plainly when nothing matched', () => {
		expect(describeResults(read('q=zebra'), { statements: 0, articles: 0 })).toBe('No statements found for “zebra”.');
	});
});
