import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Astro keeps build state in <root>/.astro whatever the outDir: the content-module list, and the prerender bundle
 * when outDir lies outside the working directory, as every test build's does. Two builds of this project at once
 * overwrite each other's (pages rendered from another fixture's content), so builds take turns through this lock.
 */
const BUILD_LOCK = resolve(import.meta.dirname, '../../node_modules/.astro-build.lock');

/** Runs an `astro build` of this project once no other test process is building it. */
export function withBuildLock<T>(build: () => Promise<T>): Promise<T> {
	return withLock(BUILD_LOCK, build);
}

/** A lock held by a process that died (or never wrote its pid) for this long is taken over. */
const ORPHANED_AFTER_MS = 15_000;

/**
 * Runs `work` while holding a lock directory shared by every process on the machine, so only one runs at a time.
 * `mkdir` either creates the directory or fails, atomically; the holder writes its pid inside, so a lock left by a
 * process that died is taken over instead of blocking forever.
 */
async function withLock<T>(lock: string, work: () => Promise<T>): Promise<T> {
	while (!(await tryAcquire(lock))) await sleep(100);
	try {
		return await work();
	} finally {
		await rm(lock, { recursive: true, force: true });
	}
}

async function tryAcquire(lock: string): Promise<boolean> {
	try {
		await mkdir(lock);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		if (await isOrphaned(lock)) await rm(lock, { recursive: true, force: true });
		return false;
	}
	await writeFile(join(lock, 'pid'), String(process.pid));
	return true;
}

async function isOrphaned(lock: string): Promise<boolean> {
	const pid = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => ''));
	if (pid > 0) return !isAlive(pid);
	const since = await stat(lock).then(
		(s) => Date.now() - s.mtimeMs,
		() => 0,
	);
	return since > ORPHANED_AFTER_MS;
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
