import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { MAX_PICKS } from '../src/lib/builder';
import { condenseSteps } from '../src/lib/handout';
import { axeViolations, loadAxe } from './support/axe';
import { printedSheets } from './support/print';

const BUILD = '/routines/build/';
const THREE = [
  { id: 'neck-line-trace', title: 'Neck: trace the line of pain' },
  { id: 'shoulder-grip-hold', title: 'Shoulders: grip and thumb hold' },
  { id: 'hips-glute-tennis-ball-wall', title: 'Hips: tennis ball on your buttock at a wall' },
];

/** The techniques whose handout rows are longest today (cue plus condensed steps), longest first. */
function longestTechniques(count: number): string[] {
  const folder = join(import.meta.dirname, '..', 'content', 'techniques');
  return readdirSync(folder)
    .map((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      const [, frontmatter = '', body = ''] = text.split(/^---$/m);
      const summary = /^summary: (.*)$/m.exec(frontmatter)?.[1] ?? '';
      return { id: file.replace(/\.mdx$/, ''), length: summary.length + condenseSteps(body).join(' ').length };
    })
    .sort((a, b) => b.length - a.length)
    .slice(0, count)
    .map((technique) => technique.id);
}

const chosen = (page: Page) => page.locator('[data-builder-list] > li');
const handoutRows = (page: Page) => page.locator('[data-handout-rows] > tr:not([hidden])');
/** Rows whose fetched words (tool, cue, steps) have arrived. */
const fullRows = (page: Page) => handoutRows(page).filter({ has: page.locator('ol > li') });

/** Opens the body area a technique is listed under: its title starts with the area's name ("Neck: ..."). */
async function openAreaOf(page: Page, title: string): Promise<void> {
  const name = title.split(':')[0] ?? title;
  const area = page.locator('[data-builder-group]').filter({ has: page.locator('summary', { hasText: name }) });
  if (!(await area.evaluate((details: HTMLDetailsElement) => details.open))) await area.locator('summary').click();
}

async function pick(page: Page, titles: readonly string[]): Promise<void> {
  for (const title of titles) {
    await openAreaOf(page, title);
    await page.getByRole('checkbox', { name: title }).check();
    await expect(chosen(page).filter({ hasText: title })).toHaveCount(1);
  }
}

test.describe('building a routine', () => {
  test('picking three techniques writes them into the address, and a reload restores them', async ({ page }) => {
    await page.goto(BUILD);
    await pick(
      page,
      THREE.map((technique) => technique.title),
    );
    await expect(page).toHaveURL(new RegExp(`\\?t=${THREE.map((technique) => technique.id).join(',')}$`));
    await expect(chosen(page)).toHaveText(THREE.map((technique) => new RegExp(`^${technique.title}`)));
    const total = await page.locator('[data-builder-total]').textContent();
    expect(total).toMatch(/min/);

    await page.reload();
    await expect(chosen(page)).toHaveText(THREE.map((technique) => new RegExp(`^${technique.title}`)));
    for (const { title } of THREE) {
      await openAreaOf(page, title);
      await expect(page.getByRole('checkbox', { name: title })).toBeChecked();
    }
    await expect(page.locator('[data-builder-total]')).toHaveText(total ?? '');
    await expect(page.locator('[data-builder-note]')).toBeHidden();
  });

  test('reordering and a new dose change the address, the total and the handout, and survive a reload', async ({
    page,
  }) => {
    await page.goto(`${BUILD}?t=${THREE.map((technique) => technique.id).join(',')}`);
    const before = await page.locator('[data-builder-total]').textContent();
    const third = chosen(page).nth(2);
    await third.getByRole('button', { name: /^Move up/ }).click();
    await expect(chosen(page).nth(1)).toContainText(THREE[2]!.title);
    await expect(
      chosen(page)
        .nth(1)
        .getByRole('button', { name: /^Move up/ }),
    ).toBeFocused();

    const dose = chosen(page).nth(1).getByRole('combobox', { name: /^Dose/ });
    await dose.selectOption({ label: 'Stay on the spot until it eases, 2 min, each side' });
    await expect(page).toHaveURL(/\?t=neck-line-trace,hips-glute-tennis-ball-wall:120,shoulder-grip-hold$/);
    await expect(page.locator('[data-builder-total]')).not.toHaveText(before ?? '');
    await expect(handoutRows(page).nth(1)).toHaveAttribute('data-technique', 'hips-glute-tennis-ball-wall');
    await expect(handoutRows(page).nth(1).locator('[data-dose]')).toHaveText(
      'Stay on the spot until it eases, 2 min, each side.',
    );

    await page.reload();
    await expect(chosen(page).nth(1).getByRole('combobox', { name: /^Dose/ })).toHaveValue('120');
    await chosen(page)
      .nth(0)
      .getByRole('button', { name: /^Remove/ })
      .click();
    await expect(chosen(page)).toHaveCount(2);
    await expect(page).toHaveURL(/\?t=hips-glute-tennis-ball-wall:120,shoulder-grip-hold$/);
  });

  test('offers only doses within the technique’s own range', async ({ page }) => {
    await page.goto(`${BUILD}?t=shoulder-grip-hold`);
    await expect(chosen(page)).toHaveCount(1);
    const options = await chosen(page).first().getByRole('combobox').locator('option').allTextContents();
    expect(options[0]).toBe('Hold 10-15 s, 3 times, resting 10 s between (as in the guide)');
    for (const option of options.slice(1))
      expect(option).toMatch(/^Hold 1[05] s(, (2|3) times, resting 10 s between)?$/);
  });

  test('an unknown id in the address is skipped with a note, and the rest still loads', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${BUILD}?t=neck-line-trace,no-such-technique,shoulder-grip-hold:99x9`);
    const note = page.locator('[data-builder-note]');
    await expect(note).toBeVisible();
    await expect(note).toContainText('we skipped it: "no-such-technique"');
    await expect(note).toContainText("we used the guide's dose for Shoulders: grip and thumb hold");
    await expect(chosen(page)).toHaveCount(2);
    await expect(page).toHaveURL(/\?t=neck-line-trace,shoulder-grip-hold$/);
    expect(errors).toEqual([]);
  });

  test('the filter narrows the list by area, name or tool', async ({ page }) => {
    await page.goto(BUILD);
    await page.getByLabel('Filter by body area, name or tool').fill('lacrosse');
    await expect(page.getByRole('status').filter({ hasText: /techniques match “lacrosse”/ })).toBeVisible();
    const shown = page.locator('[data-builder-group] label:visible');
    expect(await shown.count()).toBeGreaterThan(0);
    for (const label of await shown.all()) await expect(label).toContainText(/lacrosse/i);
    await page.getByLabel('Filter by body area, name or tool').fill('zzz');
    await expect(page.getByText('No technique matches “zzz”.')).toBeVisible();
    await expect(page.locator('[data-builder-group]:visible')).toHaveCount(0);
  });

  test(`holds at most ${MAX_PICKS} techniques`, async ({ page }) => {
    await page.goto(`${BUILD}?t=${longestTechniques(MAX_PICKS).join(',')}`);
    await expect(chosen(page)).toHaveCount(MAX_PICKS);
    await expect(page.getByText('That is the most that fits on one printed page.')).toBeVisible();
    await page.locator('[data-builder-group] summary').first().click();
    await expect(page.getByRole('checkbox', { checked: false }).first()).toBeDisabled();
    await expect(page.getByRole('checkbox', { checked: true }).first()).toBeEnabled();
  });

  test('with techniques chosen and the list filtered, the page has no WCAG 2.2 A or AA violation', async ({ page }) => {
    await loadAxe(page);
    await page.goto(`${BUILD}?t=${THREE.map((technique) => technique.id).join(',')}`);
    await page.getByLabel('Filter by body area, name or tool').fill('neck');
    await expect(chosen(page)).toHaveCount(3);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the routine player plays the chosen techniques in order', async ({ page }) => {
    await page.clock.install();
    await page.goto(`${BUILD}?t=${THREE.map((technique) => technique.id).join(',')}`);
    await expect(chosen(page)).toHaveCount(3);
    const timer = page.locator('hold-timer');
    const steps = JSON.parse((await timer.getAttribute('data-steps')) ?? '[]') as { title: string; href: string }[];
    expect(steps.map((step) => step.href)).toEqual(THREE.map((technique) => `/techniques/${technique.id}/`));
    await timer.getByRole('button', { name: 'Start routine' }).click();
    await timer.getByRole('button', { name: 'None of these' }).click(); // the safety check before the first Start
    await expect(timer.locator('[data-text="step"]')).toHaveText('1 of 3');
    await expect(timer.locator('[data-text="title"]')).toHaveText(THREE[0]!.title);
    await timer.getByRole('button', { name: 'Skip this technique' }).click();
    await expect(timer.locator('[data-text="title"]')).toHaveText(THREE[1]!.title);
  });
});

test.describe('printing a built routine', () => {
  test('three techniques print as the one-page handout, in the chosen order', async ({ page }) => {
    await page.goto(BUILD);
    await pick(
      page,
      THREE.map((technique) => technique.title),
    );
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-handout]')).toBeVisible();
    await expect(fullRows(page)).toHaveCount(3);
    await expect(handoutRows(page).locator('.name')).toHaveText(THREE.map((technique) => technique.title));
    await expect(page.locator('[data-safety-callout]')).toBeVisible();
    await expect(page.locator('routine-builder')).toBeHidden();
    // A short address, not the query string: the sheet lists the techniques and doses itself.
    await expect(
      page.getByText(
        /^Ease Tight Muscles: make this routine again at (https?:\/\/\S+)?\/routines\/build\/ by ticking the techniques above$/,
      ),
    ).toBeVisible();
    // Pictures print as line art, as on the ready-made routines: white fill, black outline.
    const body = handoutRows(page).first().locator('.fig .f path').first();
    expect(await body.evaluate((path) => getComputedStyle(path).fill)).toBe('rgb(255, 255, 255)');
    const outline = handoutRows(page).first().locator('.fig .o path').first();
    expect(await outline.evaluate((path) => getComputedStyle(path).stroke)).toBe('rgb(0, 0, 0)');
    expect(await printedSheets(page)).toEqual({ A4: 1, Letter: 1 });
  });

  test(`the ${MAX_PICKS} longest techniques still fit on one page, each with its picture`, async ({ page }) => {
    await page.goto(`${BUILD}?t=${longestTechniques(MAX_PICKS).join(',')}`);
    await expect(fullRows(page)).toHaveCount(MAX_PICKS);
    expect(await printedSheets(page)).toEqual({ A4: 1, Letter: 1 });
    await page.emulateMedia({ media: 'print' });
    for (const row of await handoutRows(page).all()) await expect(row.getByRole('img')).toBeVisible();
  });

  test('each row gets its tool, cue and steps from the technique, fetched only for the picks', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.json')) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto(BUILD);
    expect(fetched, 'nothing fetched before the reader opens an area').toEqual([]);
    await pick(page, [THREE[0]!.title]);
    await expect(fullRows(page)).toHaveCount(1);
    const row = handoutRows(page).first();
    await expect(row.locator('ol > li').first()).toHaveText('Sit up tall.');
    await expect(row).toContainText('Hands and elbows · 5-6 slow passes. Slow thumb strokes');
    await expect(row.locator('.box')).toHaveCount(7); // one side: one box a day
    expect(fetched).toEqual([`${BUILD}area/neck.json`, `${BUILD}${THREE[0]!.id}.json`]);
  });

  test('offline, a saved routine says it could not load, and a tick says so too', async ({ page }) => {
    await page.goto(BUILD);
    await openAreaOf(page, THREE[0]!.title);
    await page.route('**/routines/build/*.json', (route) => route.abort());
    await page.getByRole('checkbox', { name: THREE[0]!.title }).click(); // the builder unticks it again
    await expect(page.getByText('We could not load that technique. Check your connection')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: THREE[0]!.title })).not.toBeChecked();
    await expect(chosen(page)).toHaveCount(0);

    await page.goto(`${BUILD}?t=${THREE[2]!.id}`);
    await expect(page.getByText('We could not load all of this routine. Check your connection')).toBeVisible();
  });
});

test('the builder’s script runs on the builder page only', async ({ page }) => {
  for (const path of ['/', '/routines/', '/routines/daily-5-minute-scan/', '/techniques/neck-line-trace/']) {
    await page.goto(path);
    expect(await page.evaluate(() => customElements.get('routine-builder')), path).toBeUndefined();
  }
});
