import type { AstroIntegration } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SEARCH_RECORDS_FILE, type StatementRecord } from '../lib/search-records';

/**
 * Writes the Pagefind index into `<outDir>/pagefind/` once the site is built: the article pages, on their
 * `data-pagefind-body` only, and one custom record per statement (rendered by the build into SEARCH_RECORDS_FILE).
 */
export default function searchIndex(): AstroIntegration {
	return {
		name: 'annotated-news:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const started = performance.now();
				const records = await takeRecords(join(outDir, SEARCH_RECORDS_FILE));
				try {
					const pages = await writeIndex(outDir, records);
					const time = Math.round(performance.now() - started);
					logger.info(`Indexed ${pages} pages and ${records.length} statements in ${time} ms`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}

/** Reads the records and removes their file: it is an input of the index, not part of the site. */
async function takeRecords(file: string): Promise<StatementRecord[]> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		throw new Error(`Search index: ${file} is missing; src/pages/${SEARCH_RECORDS_FILE}.ts should render it`, {
			cause: error,
		});
	}
	await rm(file);
	return JSON.parse(text) as StatementRecord[];
}

/**
 * The pages Pagefind reads: only article pages carry `data-pagefind-body`, and Pagefind drops every other page once
 * one does, so reading the rest (a share page per statement) only costs time. A page type that gains
 * `data-pagefind-body` must be added here.
 */
const SEARCHABLE_PAGES = 'articles/**/*.html';

async function writeIndex(outDir: string, records: readonly StatementRecord[]): Promise<number> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw indexError('creating the index', errors);
	// Records first: Pagefind 1.6 compares each added record's URL with every page it already holds, so adding
	// them before the pages keeps that quadratic work to the records alone.
	for (const result of await Promise.all(records.map((record) => index.addCustomRecord(record)))) {
		if (result.errors.length > 0) throw indexError(`adding the statement ${result.file.url}`, result.errors);
	}
	const directory = await index.addDirectory({ path: outDir, glob: SEARCHABLE_PAGES });
	if (directory.errors.length > 0) throw indexError(`indexing the pages in ${outDir}`, directory.errors);
	const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
	if (written.errors.length > 0) throw indexError('writing the index', written.errors);
	return directory.page_count;
}

const indexError = (step: string, errors: readonly string[]) =>
	new Error(`Search index: ${step} failed: ${errors.join('; ')}`);
