import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { rasteriseOnce } from '../../../src/lib/raster-cache';

beforeEach(() => {
	vi.stubEnv('CACHE_DIR', mkdtempSync(join(tmpdir(), 'raster-cache-')));
	return () => vi.unstubAllEnvs();
});

describe('rasteriseOnce', () => {
	it('rasterises a drawing once and serves the same bytes from the cache afterwards', async () => {
		const rasterise = vi.fn((svg: string) => new TextEncoder().encode(`png of ${svg}`));
		const first = await rasteriseOnce('<svg>a</svg>', rasterise);
		const second = await rasteriseOnce('<svg>a</svg>', rasterise);
		expect(rasterise).toHaveBeenCalledTimes(1);
		expect(second).toEqual(first);
	});

	it('rasterises again when the drawing changes, so a new card layout never gets an old picture', async () => {
		const rasterise = vi.fn((svg: string) => new TextEncoder().encode(`png of ${svg}`));
		await rasteriseOnce('<svg>a</svg>', rasterise);
		const changed = await rasteriseOnce('<svg>b</svg>', rasterise);
		expect(rasterise).toHaveBeenCalledTimes(2);
		expect(new TextDecoder().decode(changed)).toBe('png of <svg>b</svg>');
	});
});
