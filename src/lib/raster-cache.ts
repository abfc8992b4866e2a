import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { siteContent } from './site-content';

/**
 * Rasterised PNGs kept between builds in Astro's cache folder, under the hash of the SVG they were drawn from.
 * Drawing a card's SVG is cheap; rasterising it is most of the ~0.1 s CPU a share card costs, so a rebuild only pays
 * for cards whose drawing changed. Keyed by the SVG itself, a change to the card's layout can never serve a stale PNG.
 */
export async function rasteriseOnce(svg: string, rasterise: (svg: string) => Uint8Array): Promise<Uint8Array> {
	const folder = join(siteContent().cacheDir, 'share-cards');
	const file = join(folder, `${createHash('sha256').update(svg).digest('hex')}.png`);
	const cached = await readFile(file).catch(() => undefined);
	if (cached) return new Uint8Array(cached);
	const png = rasterise(svg);
	await mkdir(folder, { recursive: true });
	await writeFile(file, png);
	return png;
}
