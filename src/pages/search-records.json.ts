import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/catalog';
import { statementRecords } from '../lib/search-records';

/**
 * The statements as Pagefind records (see SEARCH_RECORDS_FILE). The search index integration reads this file
 * once the build is done, when the catalog is no longer reachable, and removes it from the output.
 */
export const GET: APIRoute = async () => {
	const { statements, themes } = await getCatalog();
	return Response.json(statementRecords(statements, (id) => themes.get(id)!.data.name));
};
