import { createHash } from 'node:crypto';
import regularFont from '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff?inline';
import semiboldFont from '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff?inline';
import regularExtFont from '@fontsource/source-serif-4/files/source-serif-4-latin-ext-400-normal.woff?inline';
import semiboldExtFont from '@fontsource/source-serif-4/files/source-serif-4-latin-ext-600-normal.woff?inline';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import satoriPackage from 'satori/package.json';
import resvgPackage from '@resvg/resvg-js/package.json';
import sharp from 'sharp';
import type { QuoteShare } from './quote-share';
import { cachedCard } from './card-cache';

/** The size Open Graph and Twitter's large summary card ask for. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** A satori element: what JSX would build, written out. */
interface CardNode {
	type: string;
	props: { style: Record<string, string | number>; children: (CardNode | string)[] | string };
}

const node = (style: CardNode['props']['style'], children: CardNode['props']['children']): CardNode => ({
	type: 'div',
	props: { style, children },
});

/** The fonts ship in @fontsource/source-serif-4 and are inlined by Vite at build time: nothing is fetched. */
const fontData = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
const FONTS: SatoriOptions['fonts'] = [
	{ name: 'Source Serif 4', data: fontData(regularFont), weight: 400, style: 'normal' },
	{ name: 'Source Serif 4', data: fontData(semiboldFont), weight: 600, style: 'normal' },
	{ name: 'Source Serif 4', data: fontData(regularExtFont), weight: 400, style: 'normal' },
	{ name: 'Source Serif 4', data: fontData(semiboldExtFont), weight: 600, style: 'normal' },
];

/**
 * Big enough to read in a feed's thumbnail; smaller for a long quote, which gets more lines, and beyond those an
 * ellipsis. Each size's line count fills the room the speaker and source lines leave.
 */
function quoteType(words: string): { fontSize: number; lineClamp: number } {
	if (words.length <= 60) return { fontSize: 68, lineClamp: 3 };
	if (words.length <= 120) return { fontSize: 56, lineClamp: 4 };
	if (words.length <= 190) return { fontSize: 46, lineClamp: 5 };
	return { fontSize: 40, lineClamp: 6 };
}

const text = (style: CardNode['props']['style'], words: string): CardNode =>
	node({ display: 'block', textOverflow: 'ellipsis', ...style }, words);

/** The card's layout: the quote large, then who said it, then the article it comes from. */
export function cardLayout(share: QuoteShare): CardNode {
	const muted = '#595959';
	return node(
		{
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			padding: '48px 72px',
			backgroundColor: '#fdfcf8',
			// The site's colours for direct quotes and for reported speech.
			borderLeft: `24px solid ${share.kind === 'direct' ? '#7a3b00' : '#2e5e2e'}`,
			color: '#1d1d1b',
			fontFamily: 'Source Serif 4',
		},
		[
			text(
				{ fontSize: 28, fontWeight: 600, color: '#0b5394' },
				share.kind === 'direct' ? 'Annotated News' : 'Annotated News · reported speech',
			),
			node({ flexGrow: 1, display: 'flex', alignItems: 'center' }, [
				text({ ...quoteType(share.words), lineHeight: 1.25 }, share.words),
			]),
			text({ fontSize: 36, fontWeight: 600, lineClamp: 1 }, `— ${share.names}`),
			text({ fontSize: 24, lineHeight: 1.3, color: muted, lineClamp: 2 }, share.who),
			text(
				{ fontSize: 24, lineHeight: 1.3, color: muted, lineClamp: 2, marginTop: 14 },
				`From “${share.headline}”, ${share.source}`,
			),
		],
	);
}

/**
 * Draws the SVG's pixels and encodes them as an opaque PNG, both off the main thread: resvg's renderAsync runs in
 * libuv's pool and sharp encodes in libvips's threads, so with `build.concurrency` above 1 Astro goes on laying out
 * the next card (satori is JavaScript) while this one is drawn. The SVG's text is already outlines (satori), so
 * resvg needs no fonts, and scanning the system's would cost ~5 ms a card.
 */
async function rasterise(svg: string): Promise<Uint8Array> {
	const drawn = await renderAsync(svg, { font: { loadSystemFonts: false } });
	const rgba = { raw: { width: drawn.width, height: drawn.height, channels: 4 as const } };
	return sharp(drawn.pixels, rgba).removeAlpha().png({ compressionLevel: 6 }).toBuffer();
}

/** What besides the layout decides a card's pixels; hashed once, into every card's cache key. */
const RENDERING = {
	fonts: createHash('sha256')
		.update(Buffer.concat(FONTS.map((font) => Buffer.from(font.data as ArrayBuffer))))
		.digest('hex'),
	satori: satoriPackage.version,
	resvg: resvgPackage.version,
	sharp: sharp.versions,
};

/** The card as a 1200×630 PNG, drawn only when no earlier build drew the same card (src/lib/card-cache.ts). */
export async function renderShareCard(share: QuoteShare): Promise<Uint8Array<ArrayBuffer>> {
	const layout = cardLayout(share);
	const png = await cachedCard({ layout, ...RENDERING }, async () =>
		rasterise(await satori(layout, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: FONTS })),
	);
	return new Uint8Array(png);
}
