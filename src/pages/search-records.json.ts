import type { APIRoute } from 'astro';
import { catalogSearchRecords } from '../lib/search-catalog';

/**
 * The statements as Pagefind records (see SEARCH_RECORDS_FILE). The search index integration reads this file
 * once the build is done, when the catalog is no longer reachable, and removes it from the output.
 */
export const GET: APIRoute = async () => Response.json(await catalogSearchRecords());
