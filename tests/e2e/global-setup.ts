import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { withBuildLock } from '../support/build-lock';
import { serve } from '../support/serve';

const ROOT = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		distDir: string;
	}
}

/**
 * Builds the real site once into a folder of its own (so that parallel runs never share one; E2E_DIST=<dir>
 * reuses a finished build instead) and serves it for every end-to-end test.
 */
export default async function setup(project: TestProject) {
	let distDir = process.env.E2E_DIST;
	if (!distDir) {
		const work = mkdtempSync(join(tmpdir(), 'annotated-news-e2e-'));
		distDir = join(work, 'dist');
		await withBuildLock(async () =>
			execFileSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
				cwd: ROOT,
				stdio: ['ignore', 'ignore', 'inherit'],
				env: {
					...process.env,
					CONTENT_DIR: '',
					OUT_DIR: distDir,
					CACHE_DIR: join(work, 'cache'),
					ASTRO_TELEMETRY_DISABLED: '1',
				},
			}),
		);
	}
	const server = await serve(distDir);
	project.provide('baseUrl', server.url);
	project.provide('distDir', distDir);
	return () => server.close();
}
