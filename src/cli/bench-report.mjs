// The benchmark's Markdown report: machine, page weights, Lighthouse, build speed,
// scaling and budgets. Formatting only; bench.mjs gathers the numbers.

const kb = (bytes) => (bytes / 1000).toFixed(1);
/** The precache's kinds, in the report's column order (src/cli/precache-plan.ts names them). */
const PRECACHE_KINDS = ['HTML', 'CSS', 'JavaScript', 'search index', 'data', 'icons and manifest'];
const mb = (bytes) => (bytes / 1_000_000).toFixed(1);
const s = (seconds) => seconds.toFixed(1);
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

export function formatReport({ machine, build, samples, weights, lighthouse, scaling, budgets, testSuite = [] }) {
  const suiteTotal = testSuite.reduce((sum, result) => sum + result.seconds, 0);
  const suiteRows = [
    ...testSuite.map((result) => [
      `\`npm run ${result.step}\``,
      s(result.seconds),
      result.tests ?? '',
      result.pass ? 'pass' : '**fail**',
    ]),
    ['**`npm test`**', `**${s(suiteTotal)}**`, testSuite.reduce((sum, result) => sum + (result.tests ?? 0), 0), ''],
  ];
  const suiteSection = testSuite.length
    ? `## Test suite: \`npm test\`, step by step

Each step as \`npm test\` runs it (CI=1), timed on its own, with the tests it ran.

${table(['step', 'seconds', 'tests', 'result'], suiteRows)}

`
    : '';
  // A search with a query is the same page as /search/, weighed once under its own path.
  const pageRows = samples
    .filter(({ path }) => weights.has(path))
    .map(({ kind, path }) => {
      const w = weights.get(path);
      return [
        kind,
        `\`${path}\``,
        w.requests,
        `${kb(w.html.raw)} / ${kb(w.html.gz)}`,
        `${kb(w.css.raw)} / ${kb(w.css.gz)}`,
        `${kb(w.js.raw)} / ${kb(w.js.gz)}`,
        `**${kb(w.totalGz)}**`,
      ];
    });
  const lighthouseRows = samples.map(({ kind, path, url }) => {
    const r = lighthouse.get(url);
    return [
      kind === 'search with a query' ? `\`${decodeURIComponent(path)}\`` : kind,
      r.scores.performance,
      r.scores.accessibility,
      r.scores.bestPractices,
      r.scores.seo,
      `${Math.round(r.lcpMs)} ms`,
      `${Math.round(r.tbtMs)} ms`,
      r.cls.toFixed(3),
    ];
  });
  const totalSeconds = build.astroSeconds + build.pagefindSeconds + build.serviceWorkerSeconds;
  const precacheRows = scaling.map((run) => [
    run.techniques,
    run.precache.mode === 'all' ? 'the whole site' : `the ${run.precache.mode}`,
    ...PRECACHE_KINDS.map((kind) => kb(run.precache.byKind.find((entry) => entry.kind === kind)?.bytes ?? 0)),
    `**${kb(run.precache.bytes)}**`,
    kb(run.precache.siteBytes),
  ]);
  const scalingRows = scaling.map((run) => [
    run.techniques,
    run.pages,
    s(run.astroSeconds),
    s(run.pagefindSeconds),
    s(run.serviceWorkerSeconds),
    (run.pages / (run.astroSeconds + run.pagefindSeconds)).toFixed(0),
    mb(run.dist.bytes),
    mb(run.index.bytes),
    run.index.files,
    kb(run.techniquePage.median),
    `${kb(run.largest.bytes)} (\`${run.largest.path}\`)`,
  ]);
  const passed = budgets.filter((budget) => budget.pass).length;

  return `# Benchmark report

${machine.date}. ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGb} GB memory, ${machine.os};
Node ${machine.node}; Astro ${machine.astro}, Pagefind ${machine.pagefind}, Lighthouse ${machine.lighthouse}, ${machine.chromium}.
Load average (1, 5, 15 min): ${machine.load}. Timings are wall-clock and move with other work on the machine.

${suiteSection}## Page weight on first load, per page kind

The heaviest page of each kind (home, builder and search have one). Sizes in KB (1,000 bytes), raw / gzipped.
HTML is the document less its inline \`<style>\` and \`<script>\`, which count under CSS and JavaScript.
Total is every response gzipped as served: the number the ${'30 KB'} budget reads.

${table(['kind', 'page', 'requests', 'HTML', 'CSS', 'JavaScript', 'total gz'], pageRows)}

## Lighthouse (mobile: emulated phone, simulated slow 4G), median of ${machine.lighthouseRuns} runs

${table(['kind', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS'], lighthouseRows)}

## Build

${build.pages} pages in ${s(totalSeconds)} s (astro build ${s(build.astroSeconds)} s, pagefind ${s(build.pagefindSeconds)} s, service worker ${s(build.serviceWorkerSeconds)} s):
${(build.pages / totalSeconds).toFixed(0)} pages per second. Output ${mb(build.dist.bytes)} MB in ${build.dist.files} files; search index ${mb(build.index.bytes)} MB.

## Scaling: synthetic techniques added to a copy of the content

Each synthetic technique is a real one under a new id and title, so it links to real areas and
tools; its words repeat the real ones, so the word index grows more slowly than it would with new text.

${table(['techniques', 'pages', 'astro s', 'pagefind s', 'service worker s', 'pages/s', 'dist MB', 'index MB', 'index files', 'median technique page KB', 'largest page KB'], scalingRows)}

## Offline: what the service worker precaches on a first visit

KB gzipped, by kind. The whole site while it fits 3 MB, else the shell (src/cli/precache-plan.ts); the
rest is cached as it is read. The registration script itself is weighed under its own budget below.

${table(['techniques', 'precached', ...PRECACHE_KINDS, 'total', 'whole site'], precacheRows)}

## Budgets: ${passed} of ${budgets.length} met

${budgets.map((budget) => `- ${budget.pass ? 'PASS' : '**FAIL**'} ${budget.name}: ${budget.detail}`).join('\n')}
`;
}
