// Builds for the benchmark: the real site, timed, and throwaway copies of the project
// with synthetic techniques added, so that the real content/ is never touched.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the project needs to build; everything else (tests, reports, dist) stays behind. */
const PROJECT_FILES = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Runs a command to completion, failing with its output if it fails. */
function run(command, args, { cwd, env }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`)),
    );
  });
}

/**
 * `astro build`, `pagefind` and the service worker, each timed, as `npm run build` does them,
 * with what the service worker precaches.
 * @returns {Promise<{ astroSeconds: number, pagefindSeconds: number, serviceWorkerSeconds: number, pages: number,
 *   precache: { mode: string, bytes: number, siteBytes: number, overBudget: boolean,
 *     byKind: { kind: string, files: number, bytes: number }[] } }>}
 */
export async function timedBuild({ root, outDir, config, env = {} }) {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const pagefind = join(root, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  const configArgs = config ? ['--root', root, '--config', config] : [];
  const started = performance.now();
  await run(process.execPath, [astro, 'build', '--outDir', outDir, ...configArgs], { cwd: root, env });
  const built = performance.now();
  await run(process.execPath, [pagefind, '--site', outDir], { cwd: root, env });
  const indexed = performance.now();
  // Loaded here, not at the top: service-worker.mjs reads listFiles from this module.
  const { writeServiceWorker } = await import('./service-worker.mjs');
  const { mode, bytes, siteBytes, overBudget, byKind } = await writeServiceWorker(outDir);
  const workerWritten = performance.now();
  return {
    astroSeconds: (built - started) / 1000,
    pagefindSeconds: (indexed - built) / 1000,
    serviceWorkerSeconds: (workerWritten - indexed) / 1000,
    pages: listFiles(outDir).filter((file) => file.endsWith('.html')).length,
    precache: { mode, bytes, siteBytes, overBudget, byKind },
  };
}

/** Every file under a folder, as full paths. */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Total bytes and number of files under a folder. */
export function folderSize(dir) {
  const files = listFiles(dir);
  return { bytes: files.reduce((sum, file) => sum + statSync(file).size, 0), files: files.length };
}

/** A content file with its title numbered: "Neck: trace the line (no. 12)". */
function numbered(text, mark) {
  const title = /^title:\s*['"]?(.*?)['"]?\s*$/m.exec(text)?.[1] ?? '';
  return text.replace(/^title:.*$/m, `title: ${JSON.stringify(`${title.slice(0, 56)} (${mark})`)}`);
}

/**
 * A copy of the project in a temporary folder with `count` synthetic techniques added, in
 * every language: each is a real technique with a new id and title, and its translation's
 * twin beside it (content/es/techniques/), so it passes the same schema and twin check and
 * links to real areas, tools and sources. node_modules is shared through a symlink; Astro's
 * cache goes to the copy (bench.config.mjs) so no real build sees it.
 */
export function scaledCopy(root, count) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${count}-`));
  for (const name of PROJECT_FILES) cpSync(join(root, name), join(dir, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'bench.config.mjs'),
    "import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.bench-cache' };\n",
  );
  const folder = join(dir, 'content', 'techniques');
  const bases = readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  const translations = readdirSync(join(dir, 'content'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, 'content', entry.name, 'techniques')))
    .map((entry) => join(dir, 'content', entry.name, 'techniques'));
  for (let index = 1; index <= count; index += 1) {
    const base = bases[index % bases.length];
    const id = `synthetic-${String(index).padStart(5, '0')}-${base}`;
    writeFileSync(join(folder, id), numbered(readFileSync(join(folder, base), 'utf8'), `no. ${index}`));
    for (const translated of translations) {
      writeFileSync(join(translated, id), numbered(readFileSync(join(translated, base), 'utf8'), `n.º ${index}`));
    }
  }
  mkdirSync(join(dir, '.bench-cache'), { recursive: true });
  return { dir, config: 'bench.config.mjs', remove: () => rmSync(dir, { recursive: true, force: true }) };
}
