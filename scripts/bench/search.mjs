// Search benchmark (issue 3): builds the real site, and a synthetic one of many copies of its article, then measures
// Pagefind in Chromium on each: the time the index takes to write, its size on disk, the bytes a browser downloads
// for a reader's first query and for later ones, and the time a query takes cold and warm.
// Usage: node scripts/bench/search.mjs [--dist=<a built site>] [--copies=100] [--keep]
//   --dist    measure this built site instead of building the real one (its index time is then unknown)
//   --copies  the size of the synthetic site, 0 for none (default 100)
//   --keep    leave the temporary folder in place and print where it is
/* global document, MutationObserver -- in the callbacks Playwright runs in the page */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { launchChromium } from '../../tests/support/browser.ts';
import { folderSize, measure } from './measure.mjs';
import { readSeedArticle, writeAnnotatedSite } from './synthetic-sites.mjs';

const REPO = resolve(import.meta.dirname, '../..');
const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');
/** The aims of issue 3. */
const AIMS = { firstQueryKb: 100, laterQueryKb: 10, warmQueryMs: 100 };
/** What a reader types: the first query, then later ones, words of the seed article that no earlier query loaded. */
const FIRST_QUERY = 'tokyo';
const LATER_QUERIES = ['defence spending', 'alliance', 'tariffs', 'deterrence', 'Boeing'];
/** Files a web server compresses on the fly; Pagefind's index files and WebAssembly are gzipped already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

const { values: options } = parseArgs({
	options: {
		dist: { type: 'string' },
		copies: { type: 'string', default: '100' },
		keep: { type: 'boolean', default: false },
	},
});
const copies = Number(options.copies);
if (!Number.isInteger(copies) || copies < 0) throw new Error(`--copies: "${options.copies}" is not a count`);

const progress = (message) => process.stderr.write(`[bench:search] ${message}\n`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => bytes / 1024;

/** Builds a site with `astro build` in `cwd`; returns its dist and the index time the integration logged. */
async function build(cwd, env) {
	const work = join(env.OUT_DIR, '..');
	await mkdir(work, { recursive: true });
	const started = performance.now();
	const { output } = await measure(process.execPath, [ASTRO, 'build'], { cwd, env, timeFile: join(work, 'time.txt') });
	// src/integrations/search-index.ts: "Indexed <n> pages and <m> statements in <t> ms".
	const logged = /Indexed \d+ pages and (\d+) statements in (\d+) ms/.exec(output);
	if (!logged) throw new Error(`the build did not log the search index:\n${output.slice(-2000)}`);
	return {
		dist: env.OUT_DIR,
		statements: Number(logged[1]),
		indexMs: Number(logged[2]),
		buildSeconds: (performance.now() - started) / 1000,
	};
}

/**
 * Serves a built site as a static host would: with `gzip`, compressing text files on the fly as hosts commonly do
 * (Pagefind's index files and WebAssembly are gzipped already, so are served as they are). Counts the bytes of every
 * response body under /pagefind/ as it leaves the server: the browser's own accounting misses its workers' requests.
 */
async function serveSite(dir, gzip) {
	const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
	const compressed = new Map();
	const sent = { bytes: 0, files: 0 };
	const server = createServer((req, res) => {
		const path = new URL(req.url, 'http://x').pathname;
		if (path.startsWith('/pagefind/')) countBody(res, sent);
		const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
		if (!gzip || !COMPRESSIBLE.has(extname(file)) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
			return files(req, res, () => res.writeHead(404).end());
		}
		if (!compressed.has(file)) compressed.set(file, gzipSync(readFileSync(file), { level: 9 }));
		const type = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' }[extname(file)];
		res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': type ?? 'text/html; charset=utf-8' });
		res.end(compressed.get(file));
	});
	await new Promise((done) => server.listen(0, '127.0.0.1', done));
	return {
		url: `http://127.0.0.1:${server.address().port}`,
		sent,
		close: () => new Promise((done) => server.close(done)),
	};
}

/** Adds the bytes of a response's body to `sent` once it has gone out. */
function countBody(res, sent) {
	let bytes = 0;
	for (const method of ['write', 'end']) {
		const original = res[method].bind(res);
		res[method] = (chunk, ...rest) => {
			if (chunk && typeof chunk !== 'function') bytes += Buffer.byteLength(chunk);
			return original(chunk, ...rest);
		};
	}
	res.on('finish', () => {
		sent.bytes += bytes;
		sent.files += 1;
	});
}

/**
 * Submits a query on the search page, as pressing Enter in the box does (no typing pause), and resolves with the
 * milliseconds until the page has announced its results: searching, loading the first results and rendering them.
 */
function submitQuery(page, query) {
	return page.evaluate(
		(query) =>
			new Promise((resolve) => {
				const box = document.getElementById('search-q');
				const output = document.getElementById('search-output');
				const status = document.getElementById('search-status');
				const started = performance.now();
				const observer = new MutationObserver(() => {
					if (!status.textContent.includes(`“${query}”`) || output.hasAttribute('aria-busy')) return;
					observer.disconnect();
					resolve(performance.now() - started);
				});
				observer.observe(output, { subtree: true, childList: true, characterData: true, attributes: true });
				box.value = query;
				box.form.requestSubmit();
			}),
		query,
	);
}

/**
 * A reader's session on the search page in a fresh browser context: what it downloads of Pagefind before searching,
 * then for the first query (loading Pagefind included) and for later ones, and how long each query takes; then the
 * same queries again, their index chunks and fragments already loaded.
 */
async function readerSession(browser, server) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const take = () => {
		const taken = { ...server.sent };
		server.sent.bytes = 0;
		server.sent.files = 0;
		return taken;
	};
	take();
	await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
	const beforeFocus = take().bytes;
	const query = async (words) => {
		const ms = await submitQuery(page, words);
		await page.waitForLoadState('networkidle');
		return { ms, ...take() };
	};
	const first = await query(FIRST_QUERY);
	const later = [];
	for (const words of LATER_QUERIES) later.push(await query(words));
	const repeated = [];
	for (const words of [FIRST_QUERY, ...LATER_QUERIES]) repeated.push((await query(words)).ms);
	await context.close();
	return { beforeFocus, first, later, repeated };
}

/** Every measurement of one built site. */
async function measureSite(browser, label, site) {
	const index = join(site.dist, 'pagefind');
	const indexFiles = ['index', 'fragment', 'filter'].reduce(
		(sum, folder) => sum + readdirSync(join(index, folder)).length,
		0,
	);
	const row = {
		label,
		statements: site.statements,
		indexMs: site.indexMs,
		indexBytes: await folderSize(index),
		indexDataBytes:
			(await folderSize(join(index, 'index'))) +
			(await folderSize(join(index, 'fragment'))) +
			(await folderSize(join(index, 'filter'))),
		indexFiles,
	};
	for (const gzip of [false, true]) {
		const server = await serveSite(site.dist, gzip);
		try {
			progress(`${label}: a reader's session${gzip ? ', served with gzip' : ''}`);
			row[gzip ? 'gzip' : 'plain'] = await readerSession(browser, server);
		} finally {
			await server.close();
		}
	}
	return row;
}

const fixed = (value, digits) => (value === undefined ? '–' : value.toFixed(digits));
/** "median / max" of some values. */
const pair = (values) => `${fixed(median(values), 1)} / ${fixed(Math.max(...values), 1)}`;

const METRICS = [
	['statements indexed', (r) => String(r.statements ?? '–')],
	['index time, ms', (r) => fixed(r.indexMs, 0)],
	['index on disk, KB (all files)', (r) => fixed(kb(r.indexBytes), 0)],
	[
		'index data on disk, KB (chunks, fragments, filters)',
		(r) => `${fixed(kb(r.indexDataBytes), 0)} in ${r.indexFiles} files`,
	],
	['Pagefind before focusing a search box, bytes', (r) => String(r.plain.beforeFocus)],
	[
		'first query, KB transferred (no HTTP compression)',
		(r) => `${fixed(kb(r.plain.first.bytes), 1)} in ${r.plain.first.files} files`,
	],
	['first query, KB transferred (gzip)', (r) => `${fixed(kb(r.gzip.first.bytes), 1)} in ${r.gzip.first.files} files`],
	['later query, KB transferred, median / max (gzip)', (r) => pair(r.gzip.later.map((q) => kb(q.bytes)))],
	['first query, ms (loading Pagefind included)', (r) => fixed(r.gzip.first.ms, 0)],
	['later query with new words, ms, median / max', (r) => pair(r.gzip.later.map((q) => q.ms))],
	['query repeated, ms, median / max', (r) => pair(r.gzip.repeated)],
];

/** The measurements as a Markdown table: one row per metric, one column per site. */
function formatTable(rows) {
	const cells = [['', ...rows.map((r) => r.label)], ...METRICS.map(([name, cell]) => [name, ...rows.map(cell)])];
	const widths = cells[0].map((_, c) => Math.max(...cells.map((line) => line[c].length)));
	const line = (values) =>
		`| ${values.map((v, c) => (c === 0 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join(' | ')} |`;
	const rule = `| ${widths.map((w, c) => (c === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
	return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

/** Whether each aim holds on each site, with the number that decides it. */
function checkAims(rows) {
	const verdict = (ok) => (ok ? 'met' : 'NOT met');
	return rows.flatMap(({ label, gzip }) => {
		const first = kb(gzip.first.bytes);
		const later = Math.max(...gzip.later.map((q) => kb(q.bytes)));
		const warm = median(gzip.later.map((q) => q.ms));
		return [
			`${label}: first query ≤ ${AIMS.firstQueryKb} KB (gzip): ${fixed(first, 1)} KB, ${verdict(first <= AIMS.firstQueryKb)}.`,
			`${label}: later queries ≤ ${AIMS.laterQueryKb} KB (gzip): at most ${fixed(later, 1)} KB, ${verdict(later <= AIMS.laterQueryKb)}.`,
			`${label}: a later query ≤ ${AIMS.warmQueryMs} ms: median ${fixed(warm, 1)} ms, ${verdict(warm <= AIMS.warmQueryMs)}.`,
		];
	});
}

async function main() {
	const root = await mkdtemp(join(tmpdir(), 'annotated-news-bench-search-'));
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	const sites = [];
	try {
		if (options.dist) {
			sites.push(['given site', { dist: resolve(options.dist) }]);
		} else {
			progress(`building the real site in ${root}`);
			const real = {
				...env,
				CONTENT_DIR: '',
				OUT_DIR: join(root, 'real', 'dist'),
				CACHE_DIR: join(root, 'real', 'cache'),
			};
			sites.push(['real site', await build(REPO, real)]);
		}
		if (copies > 0) {
			progress(`building ${copies} copies of the article`);
			const siteDir = join(root, 'copies');
			const contentDir = await writeAnnotatedSite(REPO, siteDir, copies, await readSeedArticle(REPO));
			const synthetic = {
				...env,
				CONTENT_DIR: contentDir,
				OUT_DIR: join(siteDir, 'dist'),
				CACHE_DIR: join(siteDir, 'cache'),
			};
			sites.push([`${copies} articles`, await build(siteDir, synthetic)]);
		}
		const browser = await launchChromium();
		const rows = [];
		try {
			for (const [label, site] of sites) rows.push(await measureSite(browser, label, site));
		} finally {
			await browser.close();
		}
		console.log(formatTable(rows));
		console.log('');
		console.log(
			"A reader's session in a fresh Chromium context on /search/: the first query “" +
				FIRST_QUERY +
				'” (Pagefind, its WebAssembly, filters, and the index chunks and fragments its results need), then ' +
				`${LATER_QUERIES.length} later queries with new words, then all of them again. KB: /pagefind/ response bodies ` +
				'as the server sent them; gzip: text files compressed as a host would (the index and WebAssembly are ' +
				"gzipped already). ms: from submitting the query to the page announcing its results (Pagefind's searches, " +
				'loading the first results, rendering), on this machine; the typing pause before a search is not included.',
		);
		for (const line of checkAims(rows)) console.log(line);
	} finally {
		if (options.keep) progress(`kept ${root}`);
		else await rm(root, { recursive: true, force: true });
	}
}

await main();
