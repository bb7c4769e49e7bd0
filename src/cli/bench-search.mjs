#!/usr/bin/env node
// npm run bench:search: what the first search of "shoulder pain" costs a reader on a
// cold page (empty cache), against the built site (dist/, or BENCH_DIST). Reports the
// bytes downloaded by kind (as served, and as a host that gzips text would send them)
// and, on this machine, the time from the last keystroke to the results on screen.
// A benchmark, not a test: it prints figures and marks the budget, and exits 0.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from './browser.mjs';

const DIST = process.env.BENCH_DIST ?? 'dist';
const PORT = Number(process.env.BENCH_PORT ?? 4339);
const QUERY = 'shoulder pain';
const RUNS = 5;
/** Milliseconds per keystroke: a fast typist, and a slow one whose pauses each start a search. */
const SPEEDS = [120, 300];
const BUDGET = { bytes: 150 * 1024, ms: 300 };

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A plain static server, like a simple host: no compression, so bytes are the files' own. */
function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(DIST, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(PORT, () => resolve(server)));
}

/** What a response is, for the report. */
function kindOf(url) {
  const path = new URL(url).pathname;
  if (path === '/pagefind/pagefind.js') return 'Pagefind script';
  if (path === '/pagefind/pagefind-worker.js') return 'Pagefind worker';
  if (path.endsWith('.pagefind')) return 'WebAssembly';
  if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'Index metadata';
  if (path.endsWith('.pf_index')) return 'Index chunks';
  if (path.endsWith('.pf_filter')) return 'Filter chunks';
  if (path.endsWith('.pf_fragment')) return 'Fragments';
  if (path === '/search-words.json') return 'Did-you-mean words';
  if (path.startsWith('/_astro/') && path.endsWith('.js')) return 'Search page script';
  if (path.endsWith('.svg')) return 'Icon'; // Chromium asks again at each address change
  return 'Page (HTML, CSS)';
}

const SEARCH_KINDS = new Set([
  'Pagefind script',
  'Pagefind worker',
  'WebAssembly',
  'Index metadata',
  'Index chunks',
  'Filter chunks',
  'Fragments',
  'Did-you-mean words',
]);

async function run(browser, keyDelay) {
  const context = await browser.newContext(); // a fresh context has an empty cache
  const page = await context.newPage();
  const bytes = new Map();
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
    const kind = kindOf(request.url());
    const text = /^(text\/|application\/json)/.test(response?.headers()['content-type'] ?? '');
    const [raw, gz, count] = bytes.get(kind) ?? [0, 0, 0];
    bytes.set(kind, [raw + body.length, gz + (text ? gzipSync(body).length : body.length), count + 1]);
  });
  await page.goto(`http://localhost:${PORT}/search/`);
  await page.waitForLoadState('networkidle');
  // Stamp the last keystroke and the moment the results for the whole query show, in page time.
  await page.evaluate((query) => {
    const marks = (window.__bench = { lastKey: 0, results: 0 });
    document.addEventListener('keydown', () => (marks.lastKey = performance.now()), true);
    new MutationObserver(() => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      if (!marks.results && status.includes(`for “${query}”`)) marks.results = performance.now();
    }).observe(document.querySelector('[data-search-status]'), { childList: true, characterData: true, subtree: true });
  }, QUERY);
  await page.locator('#search-query').pressSequentially(QUERY, { delay: keyDelay });
  await page.waitForFunction(() => window.__bench.results > 0);
  await page.waitForLoadState('networkidle');
  const marks = await page.evaluate(() => window.__bench);
  const top = await page.locator('[data-search-results] h2 a').first().textContent();
  await context.close();
  return { ms: marks.results - marks.lastKey, bytes, top };
}

/** A cold start with the query in the address: from navigation to the results on screen. */
async function fromAddress(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://localhost:${PORT}/search/?q=${encodeURIComponent(QUERY)}`);
  await page.locator('[data-search-status]').filter({ hasText: 'results for' }).waitFor();
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
  console.error(`No search index in ${DIST}/: run \`npm run build\` first (or set BENCH_DIST).`);
  process.exit(1);
}
const server = await serve();
const executablePath = chromiumExecutable();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu'],
});
const runs = new Map();
for (const speed of SPEEDS) {
  runs.set(speed, []);
  for (let i = 0; i < RUNS; i++) runs.get(speed).push(await run(browser, speed));
}
const addressMs = await fromAddress(browser);
await browser.close();
server.close();

const verdict = (ok) => (ok ? 'within budget' : 'OVER BUDGET');
const cell = (raw, gz) => `${kb(raw)} / ${kb(gz)}`.padStart(22);
const firsts = SPEEDS.map((speed) => runs.get(speed)[0]);
console.log(`First search of "${QUERY}" on a cold /search/ (${DIST}/); top result: ${firsts[0].top}`);
console.log(`\nBytes downloaded (as served / as a gzipping host sends them)`);
console.log(`  ${'typing at'.padEnd(32)}${SPEEDS.map((speed) => `${speed} ms a key`.padStart(22)).join('')}`);
const kinds = [...new Set(firsts.flatMap((r) => [...r.bytes.keys()]))];
kinds.sort((a, b) => (firsts[0].bytes.get(b)?.[0] ?? 0) - (firsts[0].bytes.get(a)?.[0] ?? 0));
for (const kind of kinds) {
  const cells = firsts.map((r) => {
    const [raw, gz, count] = r.bytes.get(kind) ?? [0, 0, 0];
    return `${cell(raw, gz)} ${String(count).padStart(2)}`;
  });
  console.log(`  ${kind.padEnd(32)}${cells.join('')}`);
}
const totals = firsts.map((r) =>
  [...r.bytes]
    .filter(([kind]) => SEARCH_KINDS.has(kind))
    .reduce(([raw, gz], [, [r2, g2]]) => [raw + r2, gz + g2], [0, 0]),
);
console.log(
  `  ${'Search total (Pagefind + words)'.padEnd(32)}${totals.map(([raw, gz]) => `${cell(raw, gz)}   `).join('')}`,
);
totals.forEach(([raw, gz], index) => {
  console.log(
    `  ${SPEEDS[index]} ms a key, budget ${kb(BUDGET.bytes)}: as served ${verdict(raw < BUDGET.bytes)}, gzipped ${verdict(gz < BUDGET.bytes)}`,
  );
});
console.log('\nLast keystroke to results on this machine:');
for (const speed of SPEEDS) {
  const times = runs
    .get(speed)
    .map((r) => r.ms)
    .sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const list = times.map((t) => `${Math.round(t)}`).join(', ');
  console.log(
    `  ${speed} ms a key: ${list} ms; median ${Math.round(median)} ms (budget ${BUDGET.ms} ms: ${verdict(median < BUDGET.ms)})`,
  );
}
console.log(`Opening /search/?q=${encodeURIComponent(QUERY)} cold, navigation to results: ${Math.round(addressMs)} ms`);
