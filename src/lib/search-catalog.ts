import { getCatalog } from './catalog';
import { statementRecords, type StatementRecord } from './search-records';

/** The catalog's statements as search records: what the index holds and what the search page offers to filter by. */
export async function catalogSearchRecords(): Promise<StatementRecord[]> {
	const { statements, themes } = await getCatalog();
	return statementRecords(statements, (id) => themes.get(id)!.data.name);
}
