/** Groups of routes in the breakdown, named for the reader; every other route counts as 'other pages'. */
const GROUPS = [
	['article pages', (path) => path.startsWith('/articles/')],
	['share cards', (path) => path.startsWith('/quotes/') && path.endsWith('.png')],
	['share pages', (path) => path.startsWith('/quotes/')],
	['people pages', (path) => path.startsWith('/people/')],
	['statements page', (path) => path.startsWith('/statements/')],
	['theme pages', (path) => path.startsWith('/themes/')],
];

const seconds = (value, unit) => Number(value) / (unit === 'ms' ? 1000 : 1);

/** Vite writes a step's time as "850ms", "18.35s" or, past a minute, "1m 3s" (or just "2m"). */
const VITE_TIME = /\[vite\] \S+ built in (?:([\d.]+)(ms|s)\b|(\d+)m(?: (\d+)s)?)/g;
const viteSeconds = ([, value, unit, minutes, minuteSeconds]) =>
	minutes !== undefined ? Number(minutes) * 60 + Number(minuteSeconds ?? 0) : seconds(value, unit);

/**
 * Where a build's time went, from `astro build`'s own log: the Vite bundling steps ("[vite] ✓ built in 18.35s",
 * where the MDX compiles and the annotation plugin run) and each generated route ("├─ /people/x/index.html (+250ms)"),
 * summed by group.
 */
export function buildBreakdown(output) {
	const bundling = [...output.matchAll(VITE_TIME)].reduce((sum, match) => sum + viteSeconds(match), 0);
	const routes = new Map([...GROUPS.map(([name]) => [name, 0]), ['other pages', 0]]);
	for (const [, path, value, unit] of output.matchAll(/[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/g)) {
		const group = GROUPS.find(([, matches]) => matches(path))?.[0] ?? 'other pages';
		routes.set(group, routes.get(group) + seconds(value, unit));
	}
	return { bundling, routes };
}

/** One line per size: seconds of bundling, of each group of routes, and of Pagefind. */
export function formatBreakdown(results) {
	return results.map(({ count, annotated }) => {
		const { bundling, routes } = annotated.breakdown;
		const parts = [
			`bundling and MDX ${bundling.toFixed(1)}`,
			...[...routes].map(([name, s]) => `${name} ${s.toFixed(1)}`),
		];
		if (annotated.pagefindSeconds !== undefined) parts.push(`Pagefind ${annotated.pagefindSeconds.toFixed(1)}`);
		return `${count} articles, seconds: ${parts.join(', ')}`;
	});
}
