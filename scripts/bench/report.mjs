/** The aims of issue 5: annotated marginal cost at most this multiple of plain MDX's… */
export const MAX_RATIO_TO_PLAIN = 1.2;
/** …and the marginal cost at the largest size within this fraction of that at the smallest size above one. */
export const MAX_MARGINAL_DRIFT = 0.15;

const MB = 1024 * 1024;

/** Milliseconds each article beyond the first adds: (t(N) − t(1)) / (N − 1); undefined at N = 1. */
export function marginalMs(seconds, count, secondsForOne) {
	return count > 1 && seconds !== undefined ? ((seconds - secondsForOne) * 1000) / (count - 1) : undefined;
}

/**
 * Marginal costs of one measure (wall or CPU seconds) against the size-1 build, for the annotated site, the same
 * without share pages ('bare') and plain MDX, and each annotated kind's ratio to plain.
 */
function marginals(results, one, measure) {
	return results.map(({ count, ...kinds }) => {
		const [annotatedMs, bareMs, plainMs] = ['annotated', 'bare', 'plain'].map((kind) =>
			kinds[kind] ? marginalMs(measure(kinds[kind]), count, measure(one[kind])) : undefined,
		);
		// At small sizes noise can outweigh the plain build's marginal cost; no ratio can be read from that.
		const ratioTo = (ms) => (ms !== undefined && plainMs > 0 ? ms / plainMs : undefined);
		return {
			count,
			plainMs,
			annotated: { ms: annotatedMs, ratio: ratioTo(annotatedMs) },
			bare: { ms: bareMs, ratio: ratioTo(bareMs) },
		};
	});
}

/**
 * One row per size, from `{ count, annotated, rebuild, bare, plain }` measurements (seconds, cpuSeconds, peakRssBytes;
 * annotated also pagefindSeconds and indexBytes), with marginal costs in wall and CPU time against the size-1 build.
 */
export function rowsOf(results) {
	const one = results.find((r) => r.count === 1);
	if (!one) throw new Error('the marginal cost needs the 1-article build: include 1 in --sizes');
	const wall = marginals(results, one, (m) => m.seconds);
	const cpu = marginals(results, one, (m) => m.cpuSeconds);
	return results.map(({ count, annotated, rebuild, bare, plain }, i) => ({
		count,
		annotatedSeconds: annotated.seconds,
		rebuildSeconds: rebuild?.seconds,
		bareSeconds: bare?.seconds,
		plainSeconds: plain.seconds,
		annotatedCpuSeconds: annotated.cpuSeconds,
		bareCpuSeconds: bare?.cpuSeconds,
		plainCpuSeconds: plain.cpuSeconds,
		wall: wall[i],
		cpu: cpu[i],
		annotatedRssMb: annotated.peakRssBytes / MB,
		plainRssMb: plain.peakRssBytes / MB,
		pagefindSeconds: annotated.pagefindSeconds,
		indexMb: annotated.indexBytes / MB,
	}));
}

const fixed = (value, digits) => (value === undefined ? '–' : value.toFixed(digits));

const COLUMNS = [
	['articles', (r) => String(r.count)],
	['seconds', (r) => fixed(r.annotatedSeconds, 1)],
	['ms/article', (r) => fixed(r.wall.annotated.ms, 1)],
	['ratio', (r) => fixed(r.wall.annotated.ratio, 2)],
	['rebuild s', (r) => fixed(r.rebuildSeconds, 1)],
	['no share s', (r) => fixed(r.bareSeconds, 1)],
	['no share ms/article', (r) => fixed(r.wall.bare.ms, 1)],
	['no share ratio', (r) => fixed(r.wall.bare.ratio, 2)],
	['plain s', (r) => fixed(r.plainSeconds, 1)],
	['plain ms/article', (r) => fixed(r.wall.plainMs, 1)],
	['CPU s', (r) => fixed(r.annotatedCpuSeconds, 1)],
	['CPU ratio', (r) => fixed(r.cpu.annotated.ratio, 2)],
	['no share CPU s', (r) => fixed(r.bareCpuSeconds, 1)],
	['no share CPU ratio', (r) => fixed(r.cpu.bare.ratio, 2)],
	['plain CPU s', (r) => fixed(r.plainCpuSeconds, 1)],
	['peak RSS MB', (r) => fixed(r.annotatedRssMb, 0)],
	['plain RSS MB', (r) => fixed(r.plainRssMb, 0)],
	['Pagefind s', (r) => fixed(r.pagefindSeconds, 1)],
	['index MB', (r) => fixed(r.indexMb, 2)],
];

/** The rows as a Markdown table, numbers right-aligned. */
export function formatTable(rows) {
	const cells = [COLUMNS.map(([title]) => title), ...rows.map((row) => COLUMNS.map(([, cell]) => cell(row)))];
	const widths = COLUMNS.map((_, c) => Math.max(...cells.map((line) => line[c].length)));
	const line = (values) => `| ${values.map((v, c) => v.padStart(widths[c])).join(' | ')} |`;
	const rule = `|${widths.map((w) => `${'-'.repeat(w + 1)}:`).join('|')}|`;
	return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

const percent = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}%`;

/**
 * Whether the two aims hold for one kind of annotated build ('annotated' or 'bare') by one measure ('wall' or
 * 'cpu'), each with the numbers that decide it.
 */
export function checkAims(rows, kind, measure, label) {
	const marginal = rows
		.map((r) => ({ count: r.count, plainMs: r[measure].plainMs, ...r[measure][kind] }))
		.filter((m) => m.ratio !== undefined);
	if (marginal.length === 0) return [`${label}: needs a size above 1 where plain's marginal cost is above zero.`];
	const worst = marginal.reduce((a, b) => (b.ratio > a.ratio ? b : a));
	const lines = [
		`${label}, aim 1, marginal cost ≤ ${MAX_RATIO_TO_PLAIN}× plain: ` +
			`${worst.ratio <= MAX_RATIO_TO_PLAIN ? 'MET' : 'NOT MET'} (highest ratio ${worst.ratio.toFixed(2)} at ${worst.count} articles)`,
	];
	if (marginal.length < 2) return [...lines, `${label}, aim 2, linear growth: needs two sizes above 1.`];
	const [small, large] = [marginal[0], marginal.at(-1)];
	const drift = (large.ms - small.ms) / small.ms;
	const plainDrift = (large.plainMs - small.plainMs) / small.plainMs;
	lines.push(
		`${label}, aim 2, linear growth (marginal cost at ${large.count} within ${MAX_MARGINAL_DRIFT * 100}% of that at ` +
			`${small.count}): ${Math.abs(drift) <= MAX_MARGINAL_DRIFT ? 'MET' : 'NOT MET'} ` +
			`(${small.ms.toFixed(1)} → ${large.ms.toFixed(1)} ms/article, ${percent(drift)}; ` +
			`plain ${small.plainMs.toFixed(1)} → ${large.plainMs.toFixed(1)}, ${percent(plainDrift)})`,
	);
	return lines;
}
