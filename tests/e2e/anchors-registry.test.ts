import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { unrecordedAnchors } from '../../src/lib/anchor-registry';

const ANCHORS = resolve(import.meta.dirname, '../../content/anchors');

async function recorded(): Promise<Map<string, string[]>> {
	const files = await readdir(ANCHORS);
	const entries = await Promise.all(
		files.map(
			async (file) => [file.replace(/\.json$/, ''), JSON.parse(await readFile(join(ANCHORS, file), 'utf8'))] as const,
		),
	);
	return new Map(entries);
}

describe('the published-anchors registry', () => {
	it('records every anchor the built site offers, so that no future build may silently drop one', async () => {
		const live = JSON.parse(await readFile(join(inject('distDir'), 'anchors.json'), 'utf8')) as Record<
			string,
			string[]
		>;
		expect(Object.keys(live).length).toBeGreaterThan(0);
		expect(unrecordedAnchors(live, await recorded()), 'run `npm run build && npm run anchors:record`').toEqual({});
	});
});
