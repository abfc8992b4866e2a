import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type StatementEntry } from '../../../../lib/catalog';
import { quoteShare } from '../../../../lib/quote-share';
import { renderShareCard } from '../../../../lib/share-card';

/** One preview card per statement, beside its share page. */
export const getStaticPaths = (async () => {
	const { statements } = await getCatalog();
	return statements.map((item) => ({ params: { slug: item.article.slug, id: item.statement.id }, props: { item } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: StatementEntry }> = async ({ props }) =>
	new Response(await renderShareCard(quoteShare(props.item)), { headers: { 'Content-Type': 'image/png' } });
