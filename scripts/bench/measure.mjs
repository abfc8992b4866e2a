import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const POLL_MS = 50;

/** The pids of a process and all its descendants, from /proc (Linux). */
function processTree(pid) {
	const tree = [pid];
	for (let i = 0; i < tree.length; i++) {
		const tasks = `/proc/${tree[i]}/task`;
		let threads;
		try {
			threads = readdirSync(tasks);
		} catch {
			continue; // exited between two reads
		}
		for (const tid of threads) {
			try {
				const children = readFileSync(`${tasks}/${tid}/children`, 'utf8').trim();
				if (children) tree.push(...children.split(' ').map(Number));
			} catch {
				// the thread exited
			}
		}
	}
	return tree;
}

/** Resident memory of a process tree in bytes. */
function treeRss(pid) {
	let total = 0;
	for (const member of processTree(pid)) {
		try {
			const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${member}/status`, 'utf8'));
			if (kb) total += Number(kb[1]) * 1024;
		} catch {
			// the process exited
		}
	}
	return total;
}

/**
 * Runs a command to completion and measures it: wall-clock seconds; CPU seconds (user + system, from GNU time,
 * which counts every descendant the command waited for), which moves less than wall time when other work shares
 * the machine; and peak resident memory of the whole process tree. The peak is the larger of the tree's summed RSS polled every 50 ms (which sees processes that
 * run side by side, such as Pagefind's binary beside node) and GNU time's exact peak of the largest single
 * process (which sees spikes shorter than a poll). Rejects with the output when the command fails.
 */
export async function measure(command, args, { cwd, env, timeFile }) {
	const useGnuTime = existsSync(GNU_TIME);
	const [file, argv] = useGnuTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]] : [command, args];
	const started = process.hrtime.bigint();
	const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	let polledPeak = 0;
	const poll = setInterval(() => (polledPeak = Math.max(polledPeak, treeRss(child.pid))), POLL_MS);
	const code = await new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', resolve);
	});
	clearInterval(poll);
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	if (code !== 0)
		throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${code}:\n${output.slice(-4000)}`);
	let largestProcess = 0;
	let cpuSeconds;
	if (useGnuTime) {
		const [kb, user, system] = (await readFile(timeFile, 'utf8')).trim().split('\n').at(-1).split(' ').map(Number);
		largestProcess = kb * 1024;
		cpuSeconds = user + system;
		await rm(timeFile, { force: true });
	}
	return { seconds, cpuSeconds, peakRssBytes: Math.max(polledPeak, largestProcess), output };
}

/** Total size in bytes of the files under a folder; 0 when it does not exist. */
export async function folderSize(dir) {
	if (!existsSync(dir)) return 0;
	let total = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
	}
	return total;
}
