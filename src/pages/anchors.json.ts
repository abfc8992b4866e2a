import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog';

/**
 * Every anchor each article page offers (paragraphs, statements, aliases). `npm run anchors:record` adds
 * them to content/anchors/ once they are published, and from then on every build checks they still exist.
 */
export const GET: APIRoute = async () => {
	const { articles } = await getCatalog();
	const anchors = Object.fromEntries(articles.map((article) => [article.slug, article.annotated.anchors]));
	return new Response(JSON.stringify(anchors, null, '\t'), { headers: { 'Content-Type': 'application/json' } });
};
