import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { constants } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const POLL_MS = 50;
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

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

/** A process's resident memory in bytes and the CPU seconds it has used so far; undefined once it has exited. */
function processUsage(pid) {
	try {
		const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		// Fields after the parenthesised command name, which may hold spaces: utime and stime are the 12th and 13th.
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return {
			rssBytes: rss ? Number(rss[1]) * 1024 : 0,
			cpuSeconds: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS,
		};
	} catch {
		return undefined;
	}
}

/**
 * Watches a process tree every 50 ms: the peak of its summed resident memory, and the CPU seconds each process
 * was last seen to have used. Polling sees what GNU time cannot: processes running side by side (Pagefind's
 * binary beside node), and children that exit without being waited for (Pagefind's, which node kills at the end).
 */
function watchTree(rootPid) {
	let peakRssBytes = 0;
	const cpuByPid = new Map();
	const poll = () => {
		let rss = 0;
		for (const pid of processTree(rootPid)) {
			const usage = processUsage(pid);
			if (!usage) continue;
			rss += usage.rssBytes;
			cpuByPid.set(pid, usage.cpuSeconds);
		}
		peakRssBytes = Math.max(peakRssBytes, rss);
	};
	const timer = setInterval(poll, POLL_MS);
	return () => {
		clearInterval(timer);
		return { peakRssBytes, cpuSeconds: [...cpuByPid.values()].reduce((a, b) => a + b, 0) };
	};
}

/**
 * Runs a command to completion and measures it: wall-clock seconds; CPU seconds (user + system) of the whole
 * process tree, which other work on the machine disturbs less than wall time; and the tree's peak resident memory.
 * Each of the last two is the larger of the 50 ms polls (see watchTree) and GNU time's exact figures, which cover
 * the command and the children it waited for (its peak memory is that of the largest single process).
 * Rejects with the output when the command fails; the error's `terminated` says it was stopped by SIGTERM.
 */
export async function measure(command, args, { cwd, env, timeFile }) {
	const useGnuTime = existsSync(GNU_TIME);
	const [file, argv] = useGnuTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]] : [command, args];
	const started = process.hrtime.bigint();
	const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const stopWatching = watchTree(child.pid);
	const [code, signal] = await new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (...status) => resolve(status));
	});
	const polled = stopWatching();
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	if (code !== 0) {
		const error = new Error(
			`${command} ${args.join(' ')} (in ${cwd}) ended with ${code ?? signal}:\n${output.slice(-4000)}`,
		);
		// GNU time answers for a command it saw terminated with 128 + the signal's number.
		error.terminated = signal === 'SIGTERM' || code === 128 + constants.signals.SIGTERM;
		throw error;
	}
	let { peakRssBytes, cpuSeconds } = polled;
	if (useGnuTime) {
		const [kb, user, system] = (await readFile(timeFile, 'utf8')).trim().split('\n').at(-1).split(' ').map(Number);
		peakRssBytes = Math.max(peakRssBytes, kb * 1024);
		cpuSeconds = Math.max(cpuSeconds, user + system);
		await rm(timeFile, { force: true });
	}
	return { seconds, cpuSeconds, peakRssBytes, output };
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
