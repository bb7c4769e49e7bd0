#!/usr/bin/env node
// npm run bench: times each step of `npm test`, builds the site, weighs every page in
// Chromium, runs Lighthouse on one page of each kind, times builds of 1,000 and 5,000
// synthetic techniques in a copy of the project, checks the budgets, and writes a Markdown
// report (also printed). Exits 1 when a budget is missed. Settings (environment):
// BENCH_DIST, BENCH_PORT, BENCH_REPORT, BENCH_SCALES ("1000,5000"; empty skips scaling),
// BENCH_LIGHTHOUSE_RUNS, BENCH_TESTS ("0" skips timing the test suite).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { folderSize, listFiles, scaledCopy, timedBuild } from './bench-build.mjs';
import { checkBudgets } from './bench-budgets.mjs';
import { runLighthouse } from './bench-lighthouse.mjs';
import { measurePages } from './bench-pages.mjs';
import { formatReport } from './bench-report.mjs';
import { startPreview } from './bench-server.mjs';
import { timeTestSuite } from './bench-tests.mjs';
import { chromiumExecutable, SYSTEM_CHROMIUM } from './browser.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const outDir = resolve(process.env.BENCH_DIST ?? join(root, 'bench-results', 'site'));
const reportPath = resolve(process.env.BENCH_REPORT ?? join(root, 'bench-results', 'bench.md'));
const port = Number(process.env.BENCH_PORT ?? 4345);
const scales = (process.env.BENCH_SCALES ?? '1000,5000').split(',').filter(Boolean).map(Number);
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const timeTests = process.env.BENCH_TESTS !== '0';
const log = (message) => console.error(`[bench] ${message}`);
// Other work on the machine slows every timing here, so the report states the load.
const loadAtStart = loadavg()
  .map((value) => value.toFixed(1))
  .join(', ');

/** Every page the built sitemap lists, as paths. */
function sitemapPaths(dist) {
  const locs = (file) =>
    [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return locs('sitemap-index.xml')
    .flatMap((sitemap) => locs(sitemap))
    .sort();
}

/** Pages of one collection: /<route>/<id>/ for each file in content/<folder>/ (not, say, /routines/build/). */
function entryPages(folder, route) {
  const ids = new Set(
    readdirSync(join(root, 'content', folder))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => name.slice(0, -4)),
  );
  return (path) => path.startsWith(`/${route}/`) && ids.has(path.slice(route.length + 2, -1));
}

const KINDS = [
  ['home', (path) => path === '/'],
  ['area', entryPages('areas', 'areas')],
  ['technique', entryPages('techniques', 'techniques')],
  ['routine', entryPages('routines', 'routines')],
  ['tool', entryPages('tools', 'tools')],
  ['guide', entryPages('guides', 'guides')],
  ['list', (path) => ['/areas/', '/techniques/', '/routines/', '/tools/', '/guides/'].includes(path)],
  ['page', (path) => ['/safety/', '/about/'].includes(path)],
  ['builder', (path) => path === '/routines/build/'],
  ['search', (path) => path === '/search/'],
];

/**
 * Search as readers arrive at it, from the header's box: results for a query, and an emergency
 * whose box must paint before the index has loaded.
 */
const SEARCHES = ['/search/?q=shoulder', '/search/?q=chest%20pain'];

/**
 * The heaviest page of each kind (budgets hold for the worst case, not the average), then the
 * searches with a query.
 */
function pickSamples(weights, origin) {
  const heaviest = KINDS.map(([kind, matches]) => {
    const paths = [...weights.keys()].filter(matches);
    if (!paths.length) throw new Error(`no ${kind} page in the sitemap`);
    const path = paths.reduce((a, b) => (weights.get(b).totalGz > weights.get(a).totalGz ? b : a));
    return { kind, path, url: `${origin}${path}` };
  });
  const searches = SEARCHES.map((path) => ({ kind: 'search with a query', path, url: `${origin}${path}` }));
  return [...heaviest, ...searches];
}

/** Sizes of the HTML pages of a build: the median technique page and the largest page. */
function pageSizes(dist) {
  const pages = listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ path: `/${dirname(relative(dist, file))}/`.replace('/./', '/'), bytes: statSync(file).size }));
  const techniques = pages
    .filter((page) => /^\/techniques\/[^/]+\/$/.test(page.path))
    .map((page) => page.bytes)
    .sort((a, b) => a - b);
  return {
    techniquePage: { median: techniques[Math.floor(techniques.length / 2)] ?? 0 },
    largest: pages.reduce((a, b) => (b.bytes > a.bytes ? b : a)),
  };
}

function version(pkg) {
  return JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

function machine() {
  const chromium = process.env.CHROME_PATH ?? chromiumExecutable() ?? SYSTEM_CHROMIUM;
  let browser = 'Chromium';
  try {
    browser = execFileSync(chromium, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    browser = `Chromium (${chromium})`;
  }
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    astro: version('astro'),
    pagefind: version('pagefind'),
    lighthouse: version('lighthouse'),
    chromium: browser,
    lighthouseRuns,
    load: `${loadAtStart} at start, ${loadavg()
      .map((value) => value.toFixed(1))
      .join(', ')} at end`,
  };
}

// First, while the machine is quietest: the suite as CI runs it.
const testSuite = timeTests ? timeTestSuite(root, log) : [];

log(`building the site into ${outDir}`);
const build = await timedBuild({ root, outDir });
const buildStats = { ...build, dist: folderSize(outDir), index: folderSize(join(outDir, 'pagefind')) };
const paths = sitemapPaths(outDir);

log(`weighing ${paths.length} pages and running Lighthouse on port ${port}`);
const server = await startPreview({ root, outDir, port });
let weights, samples, lighthouse;
try {
  weights = await measurePages(server.origin, paths);
  samples = pickSamples(weights, server.origin);
  lighthouse = await runLighthouse(
    samples.map((sample) => sample.url),
    lighthouseRuns,
  );
} catch (error) {
  throw new Error(`${error.message}\n${server.problem() || 'The preview server was still running.'}`);
} finally {
  server.stop();
}

const scaling = [{ techniques: paths.filter(KINDS[2][1]).length, ...buildStats, ...pageSizes(outDir) }];
for (const count of scales) {
  log(`scaling: building with ${count} synthetic techniques`);
  const copy = scaledCopy(root, count);
  try {
    const dist = join(copy.dir, 'out');
    const run = await timedBuild({ root: copy.dir, outDir: dist, config: copy.config });
    scaling.push({
      techniques: scaling[0].techniques + count,
      ...run,
      dist: folderSize(dist),
      index: folderSize(join(dist, 'pagefind')),
      ...pageSizes(dist),
    });
  } finally {
    copy.remove();
  }
}

const budgets = checkBudgets(
  weights,
  lighthouse,
  samples.find((sample) => sample.kind === 'technique').path,
  testSuite,
  scaling,
);
const report = formatReport({
  machine: machine(),
  build: buildStats,
  samples,
  weights,
  lighthouse,
  scaling,
  budgets,
  testSuite,
});
mkdirSync(dirname(reportPath), { recursive: true });
writeFileSync(reportPath, report);
console.log(report);
log(`report written to ${relative(root, reportPath)}`);
if (budgets.some((budget) => !budget.pass)) process.exitCode = 1;
