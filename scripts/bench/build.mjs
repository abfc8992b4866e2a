// Build benchmark (issue 5): builds synthetic sites of 1, 100, 500 and 2,000 copies of the real article with this
// repository's code (from a cold cache, then again with the cache kept), the same site without its share pages and
// cards, and the same texts as a plain MDX site, and prints the table and whether the aims are met.
// Usage: node scripts/bench/build.mjs [--sizes=1,100,500,2000] [--runs=N] [--keep]
//   --runs  builds per size and kind, median taken (default: 3 for a build that takes under 30 s, where a second
//           of noise moves the marginal cost most, and 1 for a longer one)
//   --keep  leaves the temporary folder in place and prints where it is
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBreakdown, formatBreakdown } from './breakdown.mjs';
import { folderSize, measure } from './measure.mjs';
import { checkAims, formatTable, rowsOf } from './report.mjs';
import { readSeedArticle, writeAnnotatedSite, writePlainSite } from './synthetic-sites.mjs';

const REPO = resolve(import.meta.dirname, '../..');
const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');

const { values: options } = parseArgs({
	options: {
		sizes: { type: 'string', default: '1,100,500,2000' },
		runs: { type: 'string' },
		keep: { type: 'boolean', default: false },
	},
});
const sizes = [...new Set(options.sizes.split(',').map(Number))].sort((a, b) => a - b);
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
	throw new Error(`--sizes: "${options.sizes}" is not a list of counts`);
if (!sizes.includes(1)) sizes.unshift(1);
const SHORT_BUILD_SECONDS = 30;
const runsAfter = (firstSeconds) => (options.runs ? Number(options.runs) : firstSeconds < SHORT_BUILD_SECONDS ? 3 : 1);

const progress = (message) => process.stderr.write(`[bench:build] ${message}\n`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Builds one site from a cold cache, again if it was quick: the run with the median wall time, the median CPU time. */
async function buildMedian(label, build) {
	const measured = [];
	for (let run = 1, runs = 1; run <= runs; run++) {
		const { seconds, cpuSeconds, peakRssBytes, ...rest } = await retryTerminated(label, build);
		const mb = (peakRssBytes / 2 ** 20).toFixed(0);
		progress(`${label}: ${seconds.toFixed(1)} s, ${cpuSeconds.toFixed(1)} s CPU, ${mb} MB (run ${run})`);
		measured.push({ seconds, cpuSeconds, peakRssBytes, ...rest });
		if (run === 1) runs = runsAfter(seconds);
	}
	const middle = median(measured.map((m) => m.seconds));
	return { ...measured.find((m) => m.seconds === middle), cpuSeconds: median(measured.map((m) => m.cpuSeconds)) };
}

/**
 * Runs a build again when something outside stopped it with SIGTERM (on a shared machine, someone else's cleanup),
 * which says nothing about the build; any other failure stands.
 */
async function retryTerminated(label, build, attempts = 3) {
	for (let attempt = 1; ; attempt++) {
		try {
			return await build();
		} catch (error) {
			if (!error.terminated || attempt === attempts) throw error;
			progress(`${label}: stopped by SIGTERM from outside the benchmark; building again`);
		}
	}
}

/** Removes a site's build output and every cache Astro and Vite keep, so the next build starts cold. */
async function coldStart(siteDir, cacheDir) {
	for (const path of [join(siteDir, 'dist'), cacheDir, join(siteDir, '.astro'), join(siteDir, 'node_modules/.vite')]) {
		await rm(path, { recursive: true, force: true });
	}
}

/** Pagefind's own seconds, as the search-index integration logs them, and the size of the index it wrote. */
async function searchIndex(output, distDir) {
	// src/integrations/search-index.ts: "Indexed <n> pages and <m> statements in <t> ms".
	const logged = /Indexed \d+ pages and \d+ statements in (\d+) ms/.exec(output);
	return {
		pagefindSeconds: logged ? Number(logged[1]) / 1000 : undefined,
		indexBytes: await folderSize(join(distDir, 'pagefind')),
	};
}

async function main() {
	const root = await mkdtemp(join(tmpdir(), 'annotated-news-bench-'));
	progress(`sizes ${sizes.join(', ')}; working in ${root}; load average ${loadavg()[0].toFixed(2)}`);
	const seed = await readSeedArticle(REPO);
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	const results = [];
	try {
		// Every site is written before any build, so all of them hold the same snapshot of the code.
		const sites = [];
		for (const count of sizes) {
			const dir = join(root, String(count));
			const annotatedDir = join(dir, 'annotated');
			const bareDir = join(dir, 'bare');
			const contentDir = await writeAnnotatedSite(REPO, annotatedDir, count, seed);
			const bareContentDir = await writeAnnotatedSite(REPO, bareDir, count, seed, { shareOutputs: false });
			const plainDir = await writePlainSite(REPO, join(dir, 'plain'), count, seed);
			sites.push({ count, dir, annotatedDir, contentDir, bareDir, bareContentDir, plainDir });
		}
		for (const { count, dir, annotatedDir, contentDir, bareDir, bareContentDir, plainDir } of sites) {
			const timeFile = join(dir, 'time.txt');
			/** One build of this repository's site from `siteDir`, with the search index's and Astro's own timings. */
			const buildAnnotated = async (siteDir, siteContentDir, { cold = true } = {}) => {
				const dist = join(siteDir, 'dist');
				const cache = join(siteDir, 'cache');
				if (cold) await coldStart(siteDir, cache);
				else await rm(dist, { recursive: true, force: true });
				const result = await measure(process.execPath, [ASTRO, 'build'], {
					cwd: siteDir,
					env: { ...env, CONTENT_DIR: siteContentDir, OUT_DIR: dist, CACHE_DIR: cache },
					timeFile,
				});
				return { ...result, ...(await searchIndex(result.output, dist)), breakdown: buildBreakdown(result.output) };
			};

			let annotated, rebuild, bare, plain;
			try {
				annotated = await buildMedian(`${count} annotated`, () => buildAnnotated(annotatedDir, contentDir));
				// What an editor's CI pays once it keeps Astro's cache folder between builds: the share cards drawn
				// last time are reused (src/lib/card-cache.ts). One run: it follows the annotated build's last run.
				rebuild = await retryTerminated(`${count} rebuild`, () =>
					buildAnnotated(annotatedDir, contentDir, { cold: false }),
				);
				progress(`${count} rebuild with the cache kept: ${rebuild.seconds.toFixed(1)} s`);
				bare = await buildMedian(`${count} annotated, no share pages`, () => buildAnnotated(bareDir, bareContentDir));
				plain = await buildMedian(`${count} plain`, async () => {
					await coldStart(plainDir, join(plainDir, 'node_modules/.astro'));
					return measure(process.execPath, [ASTRO, 'build'], { cwd: plainDir, env, timeFile });
				});
			} catch (error) {
				// A size that cannot build (out of memory, say) ends the run; the sizes before it are still reported.
				progress(`${count} articles failed, so the table stops before it:\n${error.message}`);
				process.exitCode = 1;
				break;
			}
			results.push({ count, annotated, rebuild, bare, plain });
			if (!options.keep) await rm(dir, { recursive: true, force: true });
		}
	} finally {
		if (options.keep) progress(`kept ${root}`);
		else await rm(root, { recursive: true, force: true });
	}
	progress(`done; load average ${loadavg()[0].toFixed(2)}`);

	const rows = rowsOf(results);
	console.log(formatTable(rows));
	console.log('');
	console.log(
		'seconds: wall clock of `astro build` from a cold cache, Pagefind index included. ms/article: marginal cost, ' +
			"(t(N) − t(1)) / (N − 1). ratio: that marginal cost / plain's. no share: the same annotated site without " +
			'its share page and PNG card per statement (28 per article), which plain MDX has no counterpart of. rebuild: ' +
			'the annotated site built again with its cache folder kept, so no share card is drawn twice. plain: ' +
			'the same bodies as plain MDX, unified() with no plugins, one page each. CPU: user + system seconds of the ' +
			'build process tree, which other work on the machine disturbs less than wall time. Peak RSS: whole build ' +
			'process tree.',
	);
	console.log('');
	console.log(
		"Where the annotated build's time goes, from astro build's log (the median run of each size; pages are " +
			'rendered 4 at a time, so the page groups overlap and add up to more than the wall time):',
	);
	for (const line of formatBreakdown(results)) console.log(line);
	console.log('');
	for (const [kind, label] of [
		['annotated', 'Annotated'],
		['bare', 'Annotated without share pages and cards'],
	]) {
		for (const line of checkAims(rows, kind, 'wall', `${label}, wall time`)) console.log(line);
		for (const line of checkAims(rows, kind, 'cpu', `${label}, CPU time`)) console.log(line);
	}
}

await main();
