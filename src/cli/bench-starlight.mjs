#!/usr/bin/env node
// npm run bench:starlight -- --count 1000 [--rounds 2] [--keep] [--starlight-timeout 15]
// The project and Starlight built side by side on the same content: a temporary copy of the
// project with `count` synthetic techniques, and a Starlight site made from that copy's content.
// Each build runs alone, one after the other (the order swaps each round so that neither always
// goes first), timed and weighed; prints a table and one JSON line of ratios (project / Starlight).
// A benchmark, not a test: nothing in the repo is written, and the first run needs the network
// to install Starlight into the system temp folder.
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { rmSync } from 'node:fs';
import { scaledCopy } from './bench-build.mjs';
import { distStats, measuredRun } from './bench-measure.mjs';
import { STARLIGHT_VERSION, starlightDeps, starlightSite } from './bench-starlight-site.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const log = (message) => console.error(`[bench:starlight] ${message}`);
const ENV = { ASTRO_TELEMETRY_DISABLED: '1' };

const { values: flags } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'starlight-timeout': { type: 'string', default: '15' },
  },
});
const count = Number(flags.count);
const rounds = Number(flags.rounds);
const starlightTimeoutMinutes = Number(flags['starlight-timeout']);
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(rounds) || rounds < 1) {
  throw new Error('--count must be a whole number >= 0 and --rounds >= 1');
}

const astroBin = (dir) => join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Every build starts cold: no output, content store or Vite cache from the one before. */
function clean(dir) {
  for (const name of ['out', '.astro', '.bench-cache']) rmSync(join(dir, name), { recursive: true, force: true });
}

async function buildProject(copy) {
  clean(copy.dir);
  const out = join(copy.dir, 'out');
  const astro = await measuredRun(
    process.execPath,
    [astroBin(copy.dir), 'build', '--outDir', out, '--root', copy.dir, '--config', copy.config],
    { cwd: copy.dir, env: ENV },
  );
  const pagefindBin = join(copy.dir, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  const pagefind = await measuredRun(process.execPath, [pagefindBin, '--site', out], { cwd: copy.dir, env: ENV });
  return {
    astro,
    pagefindSeconds: pagefind.seconds,
    ...distStats(out, (path) => /^techniques\/[^/]+\/index\.html$/.test(path)),
  };
}

/** Starlight indexes inside its build and logs how long that took. */
function starlightPagefindSeconds(output) {
  const match = /Finished building search index in ([\d.]+)(ms|s)\b/.exec(output);
  if (!match) return undefined;
  return Number(match[1]) / (match[2] === 'ms' ? 1000 : 1);
}

async function buildStarlight(site) {
  clean(site.dir);
  const out = join(site.dir, 'out');
  const astro = await measuredRun(process.execPath, [astroBin(site.dir), 'build', '--outDir', out], {
    cwd: site.dir,
    env: ENV,
    timeoutSeconds: starlightTimeoutMinutes * 60,
  });
  if (astro.timedOut) return { astro, timedOut: true };
  return {
    astro,
    pagefindSeconds: starlightPagefindSeconds(astro.output),
    ...distStats(out, (path) => /^techniques\/[^/]+\/[^/]+\/index\.html$/.test(path)),
  };
}

function median(values) {
  const sorted = values.filter((value) => value !== undefined).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * One row of figures per side, the median over the rounds. `searchInBuild`: Starlight runs
 * Pagefind inside `astro build`, where the project runs it after, as a step of its own.
 */
function summarise(runs, { searchInBuild }) {
  if (runs.some((run) => run.timedOut)) return { timedOut: true, rounds: runs.length };
  const pick = (get) => median(runs.map(get));
  const astroSeconds = pick((run) => run.astro.seconds);
  const pagefindSeconds = pick((run) => run.pagefindSeconds);
  const pages = pick((run) => run.pages);
  return {
    astroSeconds,
    pagefindSeconds,
    withoutSearchSeconds: searchInBuild ? pick((run) => run.astro.seconds - (run.pagefindSeconds ?? 0)) : astroSeconds,
    buildAndSearchSeconds: searchInBuild ? astroSeconds : astroSeconds + pagefindSeconds,
    peakRssMb: pick((run) => run.astro.peakRssMb),
    rssSource: runs[0].astro.rssSource,
    treeRssMb: pick((run) => run.astro.treeRssMb),
    pages,
    msPerPage: (astroSeconds * 1000) / pages,
    techniquePageBytes: pick((run) => run.typicalBytes),
    techniquePageGzipBytes: pick((run) => run.typicalGzipBytes),
    distBytes: pick((run) => run.distBytes),
    rounds: runs.length,
    astroSecondsEachRound: runs.map((run) => round(run.astro.seconds, 1)),
  };
}

const round = (value, places = 2) => (value === undefined ? undefined : Number(value.toFixed(places)));
const ratio = (a, b) => (a === undefined || b === undefined || !b ? undefined : round(a / b, 3));

/** Label, figure, divisor (bytes to KB or MB), decimals. */
const ROWS = [
  ['astro build, s (Starlight: includes its Pagefind)', 'astroSeconds', 1, 1],
  ['pagefind, s (Starlight: its own log, inside its build)', 'pagefindSeconds', 1, 1],
  ['build without search index, s', 'withoutSearchSeconds', 1, 1],
  ['build + search index, s', 'buildAndSearchSeconds', 1, 1],
  ['peak RSS of the astro build process, MB', 'peakRssMb', 1, 0],
  ['peak RSS, whole process tree, MB (/proc)', 'treeRssMb', 1, 0],
  ['HTML pages', 'pages', 1, 0],
  ['astro build ms per page', 'msPerPage', 1, 1],
  ['technique page HTML, KB (median)', 'techniquePageBytes', 1024, 1],
  ['technique page HTML gzipped, KB', 'techniquePageGzipBytes', 1024, 1],
  ['dist total, MB', 'distBytes', 2 ** 20, 1],
];

function table(project, starlight) {
  const cell = (value, places) => (value === undefined ? '-' : value.toFixed(places));
  const lines = ROWS.map(([label, key, divisor, places]) => {
    const [a, b] = [project[key], starlight[key]].map((value) => (value === undefined ? undefined : value / divisor));
    return `| ${label} | ${cell(a, places)} | ${cell(b, places)} | ${cell(ratio(a, b), 2)} |`;
  });
  return ['| | project | Starlight | project / Starlight |', '| --- | ---: | ---: | ---: |', ...lines].join('\n');
}

log(`machine: ${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GB, load ${loadavg()[0].toFixed(1)}`);
const deps = await starlightDeps(root);
log(
  deps.installSeconds === undefined
    ? `Starlight ${STARLIGHT_VERSION} already installed in ${deps.dir}`
    : `installed Starlight ${STARLIGHT_VERSION} into ${deps.dir} in ${deps.installSeconds.toFixed(0)} s`,
);
const copy = scaledCopy(root, count);
log(`project copy: ${copy.dir}`);
let site;
const loadAtStart = loadavg()[0];
const runs = { project: [], starlight: [] };
try {
  site = starlightSite(join(copy.dir, 'content'), deps);
  log(`Starlight site: ${site.dir} (${site.docs} docs, ${site.techniques} techniques)`);
  for (let index = 0; index < rounds; index += 1) {
    const order = index % 2 === 0 ? ['project', 'starlight'] : ['starlight', 'project'];
    for (const side of order) {
      // A build that outran the time limit once would only do so again.
      if (side === 'starlight' && runs.starlight.some((run) => run.timedOut)) continue;
      log(`round ${index + 1}: building ${side}`);
      const run = side === 'project' ? await buildProject(copy) : await buildStarlight(site);
      log(`  ${run.timedOut ? `stopped after ${starlightTimeoutMinutes} min` : `${run.astro.seconds.toFixed(1)} s`}`);
      runs[side].push(run);
    }
  }
} finally {
  if (flags.keep) log(`kept: ${copy.dir}${site ? ` and ${site.dir}` : ''}`);
  else {
    copy.remove();
    site?.remove();
  }
}

const project = summarise(runs.project, { searchInBuild: false });
const starlight = summarise(runs.starlight, { searchInBuild: true });
const techniques = site.techniques;
console.log(`\nProject vs Starlight ${STARLIGHT_VERSION}, ${techniques} techniques, ${rounds} round(s), median:\n`);
if (starlight.timedOut) console.log(`Starlight's build did not finish within ${starlightTimeoutMinutes} minutes.\n`);
console.log(`${table(project, starlight)}\n`);
console.log(
  [
    'Starlight runs Pagefind inside its `astro build`, so its astro build seconds include indexing',
    '(the time it logs for that is in the pagefind row); the project runs Pagefind after, as `npm run build` does.',
    `Peak RSS of the build process is from ${project.rssSource ?? starlight.rssSource}; the whole-tree row also counts`,
    "helpers such as Starlight's Pagefind binary. Each build starts cold (no Astro or Vite cache).\n",
  ].join('\n'),
);
const summary = {
  bench: 'starlight',
  starlight: STARLIGHT_VERSION,
  versions: deps.versions,
  node: process.version,
  techniques,
  syntheticTechniques: count,
  rounds,
  cpus: cpus().length,
  load: { start: round(loadAtStart, 1), end: round(loadavg()[0], 1) },
  project,
  starlightSite: starlight,
  ratios: starlight.timedOut
    ? undefined
    : {
        astroSeconds: ratio(project.astroSeconds, starlight.astroSeconds),
        withoutSearchSeconds: ratio(project.withoutSearchSeconds, starlight.withoutSearchSeconds),
        buildAndSearchSeconds: ratio(project.buildAndSearchSeconds, starlight.buildAndSearchSeconds),
        peakRss: ratio(project.peakRssMb, starlight.peakRssMb),
        treeRss: ratio(project.treeRssMb, starlight.treeRssMb),
        msPerPage: ratio(project.msPerPage, starlight.msPerPage),
        techniquePageBytes: ratio(project.techniquePageBytes, starlight.techniquePageBytes),
        techniquePageGzipBytes: ratio(project.techniquePageGzipBytes, starlight.techniquePageGzipBytes),
        distBytes: ratio(project.distBytes, starlight.distBytes),
      },
};
console.log(JSON.stringify(summary, (key, value) => (typeof value === 'number' ? round(value, 3) : value)));
