import { execFile } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { withBuildLock } from './build-lock';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/.bin/astro');

export interface BuildResult {
	ok: boolean;
	output: string;
	/** The built site: `<siteDir>/dist`. */
	distDir: string;
}

/**
 * Builds the site's code over the content in `contentDir` (articles/, people/, themes/, anchors/),
 * the way the real build does, with its own dist and cache beside the content.
 */
export async function buildSite(contentDir: string): Promise<BuildResult> {
	const env = { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' };
	try {
		const { stdout, stderr } = await withBuildLock(() =>
			run(ASTRO, ['build'], { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 }),
		);
		return { ok: true, output: stdout + stderr, distDir: join(contentDir, '..', 'dist') };
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		return { ok: false, output: stdout + stderr, distDir: join(contentDir, '..', 'dist') };
	}
}

/** Copies a fixture's content folder to a fresh temporary site folder, so a test can edit it. Returns the content dir. */
export function copyFixture(fixture: string): Promise<string> {
	return copyContent(resolve(ROOT, 'tests/fixtures', fixture, 'content'));
}

/** Copies any content folder (the real one too) to a fresh temporary site folder. Returns the copy's content dir. */
export async function copyContent(source: string): Promise<string> {
	const site = await mkdtemp(join(tmpdir(), 'annotated-news-'));
	const contentDir = join(site, 'content');
	await cp(source, contentDir, { recursive: true });
	return contentDir;
}

/** The repository's own content folder. */
export const REAL_CONTENT = join(ROOT, 'content');
