import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { siteContent } from './site-content';

/**
 * Share cards kept between builds in Astro's cache folder, under a hash of everything that decides their pixels
 * (`inputs`: for a card, its whole layout tree with every text, size and colour, the fonts and the renderers'
 * versions). A hit skips both satori and the rasteriser, ~30 ms of CPU a card, so a rebuild of a site with thousands
 * of statements only draws the cards whose statement, speaker or layout changed; any such change changes the key,
 * so a stale picture is never served.
 */
export async function cachedCard(inputs: unknown, draw: () => Promise<Uint8Array>): Promise<Uint8Array> {
	const folder = join(siteContent().cacheDir, 'share-cards');
	const key = createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
	const file = join(folder, `${key}.png`);
	const cached = await readFile(file).catch(() => undefined);
	if (cached) return new Uint8Array(cached);
	const png = await draw();
	await mkdir(folder, { recursive: true });
	await writeFile(file, png);
	return png;
}
