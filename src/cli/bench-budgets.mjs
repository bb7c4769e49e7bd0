// The site's performance budgets, checked against what the benchmark measured.
import { TEST_BUDGETS } from './bench-tests.mjs';
// 1 KB = 1,000 bytes throughout; sizes are gzipped as served on first load.

export const BUDGETS = {
  /** Everything a content page fetches on first load. */
  pageKb: 30,
  /** JavaScript of a technique page: the hold timer, its lead-in, stop bar and safety check. */
  // 6 until the timer's words came from a table per language, in the cached script (README, "Islands").
  timerJsKb: 7,
  /** JavaScript of a routine page: the timer as a player, plus the 7-day strip. */
  routineJsKb: 8,
  /** JavaScript of a page without a timer that has one tiny island: the home page's strip, /safety/'s answer. */
  smallIslandJsKb: 1,
  /**
   * The service worker's registration script, on every page and weighed apart from the page's own
   * JavaScript (bench-pages.mjs): offline use is for the whole site, not one kind of page, so it
   * has a budget of its own rather than a share of each island's (README, "Offline").
   */
  registerJsKb: 1,
  /** What the service worker downloads on a first visit, gzipped, at every scale (src/cli/precache-plan.ts). */
  precacheMb: 3,
  /** Lighthouse category score, each of the four. */
  lighthouseScore: 100,
};

/** A routine's own page (the builder at /routines/build/ is a tool, like search). */
const isRoutinePage = (path) => /^\/routines\/(?!build\/)[^/]+\/$/.test(path);

/** Pages that are tools rather than content: search loads its index by design. */
const NOT_CONTENT = new Set(['/search/']);

/**
 * @param {Map<string, import('./bench-pages.mjs').PageWeight>} weights every page of the sitemap
 * @param {Map<string, import('./bench-lighthouse.mjs').LighthouseResult>} lighthouse one sample per page kind
 * @param {string} timerPage the technique page with the most JavaScript
 * @returns {{ name: string, pass: boolean, detail: string }[]}
 */
export function checkBudgets(weights, lighthouse, timerPage, testSuite = [], scaling = []) {
  const pages = [...weights.entries()];
  const content = pages.filter(([path]) => !NOT_CONTENT.has(path));
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
  const worst = (list, measure) =>
    list.reduce((max, entry) => (measure(entry[1]) > measure(max[1]) ? entry : max), list[0]);

  const heaviest = worst(content, (weight) => weight.totalGz);
  const overPage = content.filter(([, weight]) => weight.totalGz > BUDGETS.pageKb * 1000).map(([path]) => path);
  const withFonts = pages.filter(([, weight]) => weight.fonts > 0).map(([path]) => path);
  const withImages = pages
    .filter(([, weight]) => weight.images.length > 0)
    .map(([path, weight]) => `${path} (${weight.images.join(', ')})`);
  const foreign = pages.filter(([, weight]) => weight.foreign > 0).map(([path]) => path);
  const plain = pages.filter(([, weight]) => !weight.hasTimer && !weight.hasSearch && !weight.hasSmallIsland);
  const small = pages.filter(([, weight]) => weight.hasSmallIsland && !weight.hasTimer && !weight.hasSearch);
  const heaviestSmall = small.length ? worst(small, (weight) => weight.js.gz) : undefined;
  const routines = pages.filter(([path, weight]) => isRoutinePage(path) && weight.hasTimer);
  const heaviestRoutine = routines.length ? worst(routines, (weight) => weight.js.gz) : undefined;
  const jsWithout = plain.filter(([, weight]) => weight.js.raw > 0).map(([path]) => path);
  const { js: timerJs, inlineJs: timerInline } = weights.get(timerPage);
  // Pages that carry more JavaScript than the timer: search, and any other tool page.
  const moreJs = pages
    .filter(([, weight]) => weight.js.gz > timerJs.gz)
    .map(([path, weight]) => `${path} ${kb(weight.js.gz)}`);
  const scoreMisses = [...lighthouse.entries()].flatMap(([url, result]) =>
    Object.entries(result.scores)
      .filter(([, score]) => score < BUDGETS.lighthouseScore)
      .map(
        ([category, score]) =>
          `${new URL(url).pathname} ${category} ${score} (${result.failing.join(', ') || 'no failing audit listed'})`,
      ),
  );
  const shifting = [...lighthouse.entries()]
    .filter(([, result]) => result.cls !== 0)
    .map(([url, result]) => `${new URL(url).pathname} CLS ${result.cls}`);

  const heaviestRegister = worst(pages, (weight) => weight.register.gz);
  const withoutRegister = pages.filter(([, weight]) => weight.register.gz === 0).map(([path]) => path);
  const precacheOver = scaling.filter((run) => run.precache.bytes > BUDGETS.precacheMb * 1_000_000);
  const precacheDetail = scaling
    .map(
      (run) => `${run.techniques} techniques: ${(run.precache.bytes / 1_000_000).toFixed(2)} MB (${run.precache.mode})`,
    )
    .join('; ');

  const suiteBudgets = testSuiteBudgets(testSuite);
  return [
    ...suiteBudgets,
    {
      name: `Every content page at most ${BUDGETS.pageKb} KB gzipped on first load`,
      pass: overPage.length === 0,
      detail: overPage.length
        ? `over: ${overPage.join(', ')}`
        : `heaviest ${heaviest[0]} at ${kb(heaviest[1].totalGz)} (${content.length} pages)`,
    },
    {
      name: 'No web fonts',
      pass: withFonts.length === 0,
      detail: withFonts.length ? withFonts.join(', ') : 'no font requests, no @font-face',
    },
    {
      name: 'Icons and body map inline (no image requests)',
      pass: withImages.length === 0,
      detail: withImages.length ? withImages.join(', ') : 'only the favicon is fetched',
    },
    {
      name: 'No request to another origin',
      pass: foreign.length === 0,
      detail: foreign.length ? foreign.join(', ') : `${pages.length} pages`,
    },
    {
      name: 'No JavaScript on pages without the timer, search or a tiny island',
      pass: jsWithout.length === 0,
      detail: jsWithout.length ? `JavaScript on: ${jsWithout.join(', ')}` : `none on any of ${plain.length} pages`,
    },
    {
      name: `A tiny island (the home page's 7-day strip, /safety/'s answer) at most ${BUDGETS.smallIslandJsKb} KB gzipped`,
      pass: !heaviestSmall || heaviestSmall[1].js.gz <= BUDGETS.smallIslandJsKb * 1000,
      detail: heaviestSmall
        ? `${heaviestSmall[0]} at ${kb(heaviestSmall[1].js.gz)} (${small.length} pages)`
        : 'no such page',
    },
    {
      name: `The offline registration script at most ${BUDGETS.registerJsKb} KB gzipped, on every page`,
      pass: withoutRegister.length === 0 && heaviestRegister[1].register.gz <= BUDGETS.registerJsKb * 1000,
      detail: withoutRegister.length
        ? `not loaded on: ${withoutRegister.join(', ')}`
        : `${kb(heaviestRegister[1].register.gz)} (${heaviestRegister[1].register.raw} bytes raw), ${pages.length} pages`,
    },
    ...(scaling.length
      ? [
          {
            name: `The offline precache at most ${BUDGETS.precacheMb} MB gzipped, at every scale`,
            pass: precacheOver.length === 0,
            detail: precacheDetail,
          },
        ]
      : []),
    {
      name: `All JavaScript of a routine page at most ${BUDGETS.routineJsKb} KB gzipped`,
      pass: !heaviestRoutine || heaviestRoutine[1].js.gz <= BUDGETS.routineJsKb * 1000,
      detail: heaviestRoutine
        ? `${heaviestRoutine[0]} at ${kb(heaviestRoutine[1].js.gz)} (${routines.length} pages)`
        : 'no routine page',
    },
    {
      name: `The timer at most ${BUDGETS.timerJsKb} KB gzipped (all JavaScript of a technique page)`,
      pass: timerJs.gz <= BUDGETS.timerJsKb * 1000,
      detail: `${timerPage} at ${kb(timerJs.gz)} (${kb(timerJs.raw)} raw; script files ${kb(timerJs.gz - timerInline.gz)}, inline scripts ${kb(timerInline.gz)})${moreJs.length ? `; pages with more JavaScript: ${moreJs.join(', ')}` : ''}`,
    },
    {
      name: `Lighthouse ${BUDGETS.lighthouseScore} in all four categories, every page kind`,
      pass: scoreMisses.length === 0,
      detail: scoreMisses.length ? scoreMisses.join('; ') : `${lighthouse.size} page kinds`,
    },
    { name: 'CLS 0', pass: shifting.length === 0, detail: shifting.length ? shifting.join(', ') : 'every page kind' },
  ];
}

/** The suite passes, its browser step within its budget, and the whole of `npm test` within its own. */
function testSuiteBudgets(testSuite) {
  if (testSuite.length === 0) return [];
  const seconds = (step) => testSuite.find((result) => result.step === step)?.seconds ?? Infinity;
  const total = testSuite.reduce((sum, result) => sum + result.seconds, 0);
  const failed = testSuite.filter((result) => !result.pass).map((result) => result.step);
  return [
    {
      name: '`npm test` passes',
      pass: failed.length === 0,
      detail: failed.length ? `failed: ${failed.join(', ')}` : `${testSuite.length} steps`,
    },
    {
      name: `Browser tests (test:e2e) at most ${TEST_BUDGETS.e2eSeconds} s`,
      pass: seconds('test:e2e') <= TEST_BUDGETS.e2eSeconds,
      detail: `${seconds('test:e2e').toFixed(0)} s`,
    },
    {
      name: `The whole \`npm test\` at most ${TEST_BUDGETS.totalSeconds} s`,
      pass: failed.length === 0 && total <= TEST_BUDGETS.totalSeconds,
      detail: `${total.toFixed(0)} s`,
    },
  ];
}
