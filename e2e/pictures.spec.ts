/**
 * The drawn pictures (src/lib/figure): on every technique page, in every
 * routine and its player, and on paper. The page checks read the built HTML
 * from disk, which is quicker than a browser; printing needs the browser, so
 * one test per kind of page loops over its pages in a single tab.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { MAX_PICKS } from '../src/lib/builder';
import { condenseSteps } from '../src/lib/handout';
import { readMdxFolder } from '../src/tooling/content-files';
import { builtSitemapPaths, DIST } from './support/dist';
import { pdfPageCount } from './support/site';

const PATHS = builtSitemapPaths();
const TECHNIQUES = PATHS.filter((path) => /^\/techniques\/[^/]+\/$/.test(path));
const ROUTINES = PATHS.filter((path) => /^\/routines\/[^/]+\/$/.test(path) && path !== '/routines/build/');
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const pictures = (markup: string) => [
  ...markup.matchAll(/<svg class="fig ([\w-]+)"[^>]*role="img" aria-label="([^"]+)"/g),
];

test('every technique page has its two pictures, each named by its alt text', () => {
  expect(TECHNIQUES.length).toBeGreaterThanOrEqual(30);
  for (const path of TECHNIQUES) {
    const found = pictures(html(path)).map(([, kind, name]) => [kind, name?.split(':')[0]]);
    expect(found, path).toEqual([
      ['fig-position', 'Position'],
      ['fig-spot', 'Where to press'],
    ]);
  }
});

test('every routine page shows each step with its technique’s position', () => {
  for (const path of ROUTINES) {
    const steps = html(path).match(/<ol class="routine-steps[\s\S]*?<\/ol>/)?.[0] ?? '';
    const items = steps.match(/<li[ >]/g)?.length ?? 0;
    expect(items, path).toBeGreaterThanOrEqual(3);
    expect(
      pictures(steps).map(([, kind]) => kind),
      path,
    ).toEqual(Array(items).fill('fig-position'));
  }
});

test('the routine player shows the current technique’s picture and steps while it plays', async ({ page }) => {
  const path = ROUTINES[0] ?? '/routines/';
  // This device has answered the timer's safety check (e2e/timer.spec.ts holds the check itself).
  await page.addInitScript(() => localStorage.setItem('safety-check', 'none-of-these'));
  await page.goto(path);
  const now = page.locator('[data-now]');
  await expect(now).toBeHidden();
  await page.getByRole('button', { name: 'Start routine' }).click();
  const picture = now.getByRole('img');
  await expect(picture).toBeVisible();
  const first = await picture.getAttribute('aria-label');
  expect(first).toMatch(/^Position: /);
  expect(await now.locator('li').count()).toBeGreaterThanOrEqual(3);
  await page.getByRole('button', { name: 'Skip this technique' }).click();
  await expect(picture).not.toHaveAttribute('aria-label', first ?? '');
  await expect(now.getByRole('img')).toBeVisible();
});

/** The printable area of each paper size inside the 10 mm margins of src/styles/print.css, in CSS pixels. */
const PAPER = {
  A4: { width: (190 / 25.4) * 96, height: (277 / 25.4) * 96 },
  Letter: { width: ((215.9 - 20) / 25.4) * 96, height: ((279.4 - 20) / 25.4) * 96 },
} as const;
type Paper = keyof typeof PAPER;

/**
 * Lays each page out as printed on each paper size and measures it: a page no taller than the
 * printable area prints on one sheet. That is quick for every page; the tallest page of each
 * size is then printed to PDF for real and its pages counted.
 */
async function printAll(page: Page, paths: readonly string[], ready?: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  const papers = Object.keys(PAPER) as Paper[];
  const tallest = new Map<Paper, [string, number]>();
  for (const path of paths) {
    await page.goto(path);
    if (ready) await expect(page.locator(ready).first()).toBeVisible();
    expect(await page.locator('body').innerText(), path).not.toContain('localhost');
    for (const paper of papers) {
      const { width, height } = PAPER[paper];
      await page.setViewportSize({ width: Math.floor(width), height: Math.floor(height) });
      const tall = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(tall, `${path} on ${paper}, in CSS pixels`).toBeLessThanOrEqual(height);
      if (tall > (tallest.get(paper)?.[1] ?? 0)) tallest.set(paper, [path, tall]);
    }
  }
  for (const [paper, [path]] of tallest) {
    await page.goto(path);
    if (ready) await expect(page.locator(ready).first()).toBeVisible();
    expect(pdfPageCount(await page.pdf({ format: paper })), `${path} on ${paper}`).toBe(1);
  }
}

const half = Math.ceil(TECHNIQUES.length / 2);
for (const [part, paths] of [
  ['first', TECHNIQUES.slice(0, half)],
  ['second', TECHNIQUES.slice(half)],
] as const) {
  test(`the ${part} half of the techniques print on one page each, A4 and Letter, with their pictures and address`, async ({
    page,
  }) => {
    await printAll(page, paths);
    await expect(page.locator('[data-pictures] svg')).toHaveCount(2);
    await expect(page.locator('[data-pictures]')).toBeVisible();
    await expect(
      page.getByText(/^Ease Tight Muscles: find this technique and its timer at \/techniques\//),
    ).toBeVisible();
  });
}

test('every routine handout prints on one page, with a picture per step', async ({ page }) => {
  await printAll(page, ROUTINES);
  const rows = page.locator('[data-handout-rows] > tr');
  for (const row of await rows.all()) await expect(row.getByRole('img')).toBeVisible();
});

test('the builder’s handout of its most and longest techniques prints on one page, with their pictures', async ({
  page,
}) => {
  // The longest handout rows (cue and condensed steps): the hardest to fit.
  const techniques = readMdxFolder('techniques')
    .map(({ id, frontmatter, body }) => ({
      id,
      size: `${frontmatter['summary']}${condenseSteps(body).join(' ')}`.length,
    }))
    .sort((a, b) => b.size - a.size)
    .slice(0, MAX_PICKS)
    .map(({ id }) => id);
  const rows = '[data-handout-rows] > tr:not([hidden]) svg';
  await printAll(page, [`/routines/build/?t=${techniques.join(',')}`], rows);
  await expect(page.locator(rows)).toHaveCount(MAX_PICKS);
});
