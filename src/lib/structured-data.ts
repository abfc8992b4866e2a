import type { ArticleEntry, Speaker, StatementEntry } from './catalog';
import { quotePath } from './paths';

/** A schema.org JSON-LD object. */
export type JsonLd = Record<string, unknown>;

const SITE_NAME = 'Annotated News';
const day = (date: Date) => date.toISOString().slice(0, 10);

function person(speaker: Speaker, site: URL): JsonLd {
	return {
		'@type': 'Person',
		name: speaker.name,
		description: speaker.description,
		...(speaker.role ? { jobTitle: speaker.role } : {}),
		...(speaker.anonymous ? {} : { url: new URL(speaker.href, site).href }),
	};
}

/** The article as schema.org reads it; what we publish is based on the source's report. */
function newsArticle(article: ArticleEntry, site: URL): JsonLd {
	const { title, dek, published, source } = article.entry.data;
	const url = new URL(article.url, site).href;
	return {
		'@type': 'NewsArticle',
		headline: title,
		description: dek,
		datePublished: day(published),
		url,
		mainEntityOfPage: url,
		publisher: { '@type': 'Organization', name: SITE_NAME, url: site.href },
		isBasedOn: {
			'@type': 'NewsArticle',
			datePublished: day(source.published),
			publisher: { '@type': 'Organization', name: source.name },
			...(source.url ? { url: source.url } : {}),
		},
	};
}

/** `NewsArticle` for an article page, naming the people it quotes. */
export function articleJsonLd(article: ArticleEntry, site: URL): JsonLd {
	const people = [...article.speakers.values()].filter((speaker) => !speaker.anonymous);
	return {
		'@context': 'https://schema.org',
		...newsArticle(article, site),
		mentions: people.map((speaker) => person(speaker, site)),
	};
}

/** `Quotation` for a direct quotation's share page: its words, who said them, the article it is part of. */
export function quotationJsonLd({ statement, speakers, article }: StatementEntry, site: URL): JsonLd {
	const creators = speakers.map((speaker) => person(speaker, site));
	const source = newsArticle(article, site);
	return {
		'@context': 'https://schema.org',
		'@type': 'Quotation',
		text: statement.text,
		url: new URL(quotePath(article.slug, statement.id), site).href,
		creator: creators.length === 1 ? creators[0] : creators,
		isPartOf: source,
		citation: source,
	};
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text in it can close the script element. */
export function serializeJsonLd(data: JsonLd): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
