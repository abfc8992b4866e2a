import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cachedCard } from '../../../src/lib/card-cache';

beforeEach(() => {
	vi.stubEnv('CACHE_DIR', mkdtempSync(join(tmpdir(), 'card-cache-')));
	return () => vi.unstubAllEnvs();
});

const drawing = (label: string) => vi.fn(async () => new TextEncoder().encode(`png of ${label}`));

describe('cachedCard', () => {
	it('draws a card once and serves the same bytes from the cache afterwards', async () => {
		const draw = drawing('a');
		const first = await cachedCard({ quote: 'a', size: 68 }, draw);
		const second = await cachedCard({ quote: 'a', size: 68 }, draw);
		expect(draw).toHaveBeenCalledTimes(1);
		expect(second).toEqual(first);
	});

	it('draws again when any input changes, so a changed quote or layout never gets an old picture', async () => {
		await cachedCard({ quote: 'a', size: 68 }, drawing('a'));
		const resized = drawing('a at 56');
		const changed = await cachedCard({ quote: 'a', size: 56 }, resized);
		expect(resized).toHaveBeenCalledTimes(1);
		expect(new TextDecoder().decode(changed)).toBe('png of a at 56');
	});
});
