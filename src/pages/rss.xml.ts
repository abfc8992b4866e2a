import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCatalog } from '../lib/catalog';

/** The feed of annotated articles, newest first: headline, summary, link and publication date. */
export async function GET(context: APIContext) {
	const { articles } = await getCatalog();
	return rss({
		title: 'Annotated News',
		description: 'News articles, kept verbatim and annotated with who said what.',
		site: context.site!,
		trailingSlash: true,
		items: articles.map(({ entry, url }) => ({
			title: entry.data.title,
			description: entry.data.dek,
			link: url,
			pubDate: entry.data.published,
		})),
	});
}
