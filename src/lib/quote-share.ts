import type { Statement } from '../schemas/statement';
import { formatDate } from './calendar';
import type { StatementEntry } from './catalog';
import { listNames, shortenAtWord } from './phrasing';

/** A statement's words as readers see them quoted: in quotation marks when it is a direct quotation. */
export function statementWords(statement: Statement): string {
	return statement.kind === 'direct' ? `“${statement.text}”` : statement.text;
}

/** What a statement's share page, its preview card and its link metadata say. */
export interface QuoteShare {
	kind: Statement['kind'];
	words: string;
	/** "Christopher Johnstone", "Donald Trump and Shigeru Ishiba". */
	names: string;
	/** Who is speaking: "Former senior …, The Asia Group"; with several speakers, each description is named. */
	who: string;
	headline: string;
	/** The original publication: "Financial Times, 27 March 2025". */
	source: string;
	/** The link preview's title: who said it and how it starts. */
	title: string;
	/** The link preview's text: the whole quote, who said it, where. */
	description: string;
}

/** Social previews cut titles at about this length; a longer quote is cut at a word and marked with an ellipsis. */
const TITLE_QUOTE_LENGTH = 80;

/** The share texts for one statement. */
export function quoteShare({ statement, speakers, article }: StatementEntry): QuoteShare {
	const { title: headline, source } = article.entry.data;
	const names = listNames(speakers.map((speaker) => speaker.name));
	const words = statementWords(statement);
	const short = shortenAtWord(statement.text, TITLE_QUOTE_LENGTH);
	const titleWords = statement.kind === 'direct' ? `“${short}”` : short;
	return {
		kind: statement.kind,
		words,
		names,
		who:
			speakers.length === 1
				? speakers[0]!.description
				: speakers.map((speaker) => `${speaker.name}: ${speaker.description}`).join('; '),
		headline,
		source: `${source.name}, ${formatDate(source.published)}`,
		title: statement.kind === 'direct' ? `${names}: ${titleWords}` : `${names}, reported: ${titleWords}`,
		description: `${words} — ${names}, in “${headline}”`,
	};
}
