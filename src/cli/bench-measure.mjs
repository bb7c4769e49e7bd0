// A child process timed and weighed: wall seconds, and peak memory two ways. /usr/bin/time
// (when installed) gives the kernel's own high-water mark of the largest process; polling
// /proc gives the same per process (VmHWM) plus the whole process tree's RSS added up, which
// counts helpers such as the Pagefind binary that a build starts.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { folderSize, listFiles } from './bench-build.mjs';

const GNU_TIME = '/usr/bin/time';
const POLL_MS = 100;
const MB = 1024 * 1024;

/** `VmRSS` and `VmHWM` of one process in bytes, or undefined once it has gone. */
function processMemory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/** The pid and every descendant, from each process's parent in /proc/<pid>/stat. */
function processTree(rootPid) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name in brackets may hold spaces, so the parent is read after its last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  const tree = [rootPid];
  for (let index = 0; index < tree.length; index += 1) tree.push(...(children.get(tree[index]) ?? []));
  return tree;
}

/** Samples the tree until stopped; returns the highest tree sum and the highest single process. */
function watchMemory(rootPid) {
  const peak = { treeBytes: 0, processBytes: 0 };
  const sample = () => {
    let sum = 0;
    for (const pid of processTree(rootPid)) {
      const memory = processMemory(pid);
      if (!memory) continue;
      sum += memory.rss;
      peak.processBytes = Math.max(peak.processBytes, memory.hwm);
    }
    peak.treeBytes = Math.max(peak.treeBytes, sum);
  };
  const timer = setInterval(sample, POLL_MS);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/**
 * Runs a command to completion (or kills its whole process group after `timeoutSeconds`).
 * @returns {Promise<{ seconds: number, peakRssMb: number, rssSource: string, treeRssMb: number,
 *   timedOut: boolean, output: string }>}
 */
export function measuredRun(command, args, { cwd, env = {}, timeoutSeconds = Infinity }) {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(scratch, 'max-rss-kb');
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // Its own process group, so that a timeout or Ctrl-C can end the build and its helpers together.
    const child = spawn(file, argv, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const stopWatching = watchMemory(child.pid);
    const killGroup = () => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    process.once('SIGINT', killGroup);
    let timedOut = false;
    const timer =
      timeoutSeconds === Infinity
        ? undefined
        : setTimeout(() => ((timedOut = true), killGroup()), timeoutSeconds * 1000);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      clearTimeout(timer);
      process.off('SIGINT', killGroup);
      const polled = stopWatching();
      const timeKb =
        useTime && existsSync(timeFile) ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) : NaN;
      rmSync(scratch, { recursive: true, force: true });
      if (code !== 0 && !timedOut) {
        reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`));
        return;
      }
      const fromTime = Number.isFinite(timeKb) && timeKb > 0;
      resolve({
        seconds,
        peakRssMb: fromTime ? (timeKb * 1024) / MB : polled.processBytes / MB,
        rssSource: fromTime ? 'GNU time' : '/proc VmHWM',
        treeRssMb: polled.treeBytes / MB,
        timedOut,
        output,
      });
    });
  });
}

/** Count of HTML pages, total size, and the median page among those `isTypical` picks. */
export function distStats(dist, isTypical) {
  const pages = listFiles(dist).filter((file) => file.endsWith('.html'));
  const typical = pages
    .filter((file) => isTypical(file.slice(dist.length + 1)))
    .map((file) => readFileSync(file))
    .sort((a, b) => a.length - b.length);
  const median = typical[Math.floor(typical.length / 2)];
  return {
    pages: pages.length,
    distBytes: folderSize(dist).bytes,
    typicalPages: typical.length,
    typicalBytes: median?.length ?? 0,
    typicalGzipBytes: median ? gzipSync(median).length : 0,
  };
}
