import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Anchors recorded so far plus the ones now live: the registry only ever grows, sorted for readable diffs. */
export function mergeAnchors(recorded: readonly string[], live: readonly string[]): string[] {
	return [...new Set([...recorded, ...live])].sort();
}

/** Anchors live in a build but not yet recorded as published, per article. */
export function unrecordedAnchors(
	live: Readonly<Record<string, readonly string[]>>,
	recorded: ReadonlyMap<string, readonly string[]>,
): Record<string, string[]> {
	const missing: Record<string, string[]> = {};
	for (const [slug, anchors] of Object.entries(live)) {
		const known = new Set(recorded.get(slug) ?? []);
		const fresh = anchors.filter((anchor) => !known.has(anchor));
		if (fresh.length > 0) missing[slug] = fresh;
	}
	return missing;
}

/**
 * Records a build's anchors (`<distDir>/anchors.json`) in `<contentDir>/anchors/<slug>.json`.
 * Returns how many anchors were new, per article.
 */
export async function recordAnchors(distDir: string, contentDir: string): Promise<Record<string, number>> {
	const live = JSON.parse(await readFile(join(distDir, 'anchors.json'), 'utf8')) as Record<string, string[]>;
	const added: Record<string, number> = {};
	// A new site has no anchors folder yet (git keeps no empty folders).
	await mkdir(join(contentDir, 'anchors'), { recursive: true });
	for (const [slug, anchors] of Object.entries(live)) {
		const file = join(contentDir, 'anchors', `${slug}.json`);
		const recorded = await readFile(file, 'utf8').then(
			(text) => JSON.parse(text) as string[],
			() => [],
		);
		const merged = mergeAnchors(recorded, anchors);
		added[slug] = merged.length - recorded.length;
		await writeFile(file, `${JSON.stringify(merged, null, '\t')}\n`);
	}
	return added;
}
