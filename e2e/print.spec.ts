/**
 * What a printed page holds. That each technique and routine fits one sheet of A4 and
 * of Letter is checked where every page is visited, in e2e/site-sweep.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtSitemapPaths } from './support/dist';
import { SAFETY } from './support/safety';

/** Every ready-made routine page; the builder has its own spec. */
const ROUTINES = builtSitemapPaths().filter(
  (path) => /^\/routines\/[^/]+\/$/.test(path) && path !== '/routines/build/',
);
const TECHNIQUE = '/techniques/shoulder-grip-hold/';

async function printed(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
}

/** Space below the last line of content, in CSS pixels: more than a line's worth would print a blank page. */
function spaceAfterLastLine(page: Page): Promise<number> {
  return page.evaluate(() => {
    const leaves = [...document.body.querySelectorAll('*')].filter(
      (el) => el.children.length === 0 && el.getClientRects().length > 0,
    );
    const bottom = Math.max(...leaves.map((el) => el.getBoundingClientRect().bottom + window.scrollY));
    return document.documentElement.scrollHeight - bottom;
  });
}

test('there are routines to print', () => {
  expect(ROUTINES.length).toBeGreaterThanOrEqual(6);
});

for (const path of ROUTINES) {
  test(`printing ${path} gives its handout, with a picture per step, the safety callout, no controls and no blank page`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 100 }); // shorter than any page, so the page sets the height
    await printed(page, path);
    expect(await spaceAfterLastLine(page), 'space after the last line: no blank page trails it').toBeLessThan(20);
    for (const nav of await page.getByRole('navigation', { includeHidden: true }).all()) await expect(nav).toBeHidden();
    await expect(page.getByRole('searchbox', { includeHidden: true })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Skip to main content', includeHidden: true })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    for (const control of await page.locator('hold-timer button, hold-timer input').all())
      await expect(control).toBeHidden();
    await expect(page.locator('[data-safety-callout]')).toBeVisible();
    await expect(page.locator('[data-safety-callout]')).toContainText(SAFETY.stopRule);
    // The handout keeps the emergency line: what to do and every emergency sign of its steps.
    const emergency = page.locator('[data-area-warnings] [data-urgency="emergency"]');
    await expect(emergency).toBeVisible();
    await expect(emergency).toContainText(SAFETY.levels['emergency']!.heading);
    await expect(page.locator('[data-area-warnings] [data-urgency="today"]')).toBeHidden();

    // The handout: name, goal, time, start line, a row and a week of boxes per technique, and the address.
    const steps = page.locator('.routine-steps > li');
    const handout = page.locator('[data-handout]');
    await expect(handout).toBeVisible();
    await expect(handout.getByRole('heading', { level: 2 })).toHaveText((await page.locator('h1').textContent()) ?? '');
    await expect(handout).toContainText(/Goal: \S/);
    await expect(handout).toContainText(/Total time: (about|under|\d)/);
    await expect(handout).toContainText('Started on:');
    const rows = handout.locator('tbody tr');
    await expect(rows).toHaveCount(await steps.count());
    for (const [index, row] of (await rows.all()).entries()) {
      const step = steps.nth(index);
      await expect(row).toContainText((await step.locator('.name').textContent()) ?? '');
      await expect(row.locator('[data-dose]')).toHaveText((await step.locator('.facts strong').textContent()) ?? '');
      // The dose and the cue after it read as two sentences, not one run-on word.
      const dose = (await row.locator('[data-dose]').textContent()) ?? '';
      expect(await row.locator('[data-dose]').locator('..').textContent()).toContain(`${dose} `);
      expect(await row.locator('ol li').count()).toBeGreaterThanOrEqual(3);
      await expect(row.getByRole('img')).toBeVisible();
      const eachSide = /each side/.test((await row.locator('[data-dose]').textContent()) ?? '');
      await expect(row.locator('td.day')).toHaveCount(7);
      await expect(row.locator('.box')).toHaveCount(eachSide ? 14 : 7);
    }
    await expect(
      page.getByText(new RegExp(`find this routine and its timer at (https?://[^ ]+)?${path}$`)),
    ).toBeVisible();
  });
}

test('a printed technique keeps the dose, the pictures and the address, in black on white, and leaves out the timer', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 100 }); // shorter than any page, so the page sets the height
  await printed(page, TECHNIQUE);

  await test.step('the timer, which cannot run on paper, is left out; steps, dose, pictures and address stay', async () => {
    await expect(page.getByRole('heading', { name: 'Hold timer' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Steps' })).toBeVisible();
    await expect(page.locator('main').getByText('Dose', { exact: true })).toBeVisible();
    await expect(page.locator('[data-pictures]').getByRole('img')).toHaveCount(2);
    for (const picture of await page.locator('[data-pictures]').getByRole('img').all())
      await expect(picture).toBeVisible();
    await expect(
      page.getByText(
        new RegExp(`^Ease Tight Muscles: find this technique and its timer at (https?://[^ ]+)?${TECHNIQUE}$`),
      ),
    ).toBeVisible();
  });

  await test.step('link addresses print for cited sources only', async () => {
    const after = (selector: string) =>
      page.locator(selector).evaluateAll((links) => links.map((link) => getComputedStyle(link, '::after').content));
    const cited = await after('a[data-print-url]');
    expect(cited.length).toBeGreaterThan(0);
    for (const content of cited) expect(content).toMatch(/https?:\/\//);
    for (const content of await after('main a:not([data-print-url])')) expect(content).toBe('none');
  });

  await test.step('the safety callout stays in one piece, and headings stay with what follows', async () => {
    const callout = page.locator('[data-safety-callout]');
    await expect(callout).toBeVisible();
    expect(await callout.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    const breaks = await page.locator('main h2').evaluateAll((hs) => hs.map((h) => getComputedStyle(h).breakAfter));
    expect(new Set(breaks)).toEqual(new Set(['avoid']));
  });

  await test.step('black on white, with no backgrounds or shadows', async () => {
    const styles = await page.locator('main *:visible').evaluateAll((els) =>
      els.map((el) => {
        const style = getComputedStyle(el);
        return `${style.color} ${style.backgroundColor} ${style.boxShadow}`;
      }),
    );
    expect(new Set(styles)).toEqual(new Set(['rgb(0, 0, 0) rgba(0, 0, 0, 0) none']));
  });

  await test.step('it ends with its content, so no blank page trails it', async () => {
    expect(await spaceAfterLastLine(page), 'space after the last line, in CSS pixels').toBeLessThan(20);
  });

  await test.step('on a sheet of A4 the position picture is at least 45 mm wide and the warning signs at least 9 pt', async () => {
    await page.setViewportSize({ width: Math.floor((190 / 25.4) * 96), height: 100 });
    const width = await page
      .locator('[data-pictures] .fig-position')
      .evaluate((svg) => svg.getBoundingClientRect().width);
    expect(width, 'position picture, in CSS pixels (45 mm is 170)').toBeGreaterThanOrEqual(170);
    const sizes = await page
      .locator('[data-area-warnings] li')
      .evaluateAll((items) => items.map((item) => parseFloat(getComputedStyle(item).fontSize)));
    expect(sizes.length).toBeGreaterThan(3);
    for (const size of sizes) expect(size, 'sign text, in CSS pixels (9 pt is 12)').toBeGreaterThanOrEqual(12);
  });
});

test.describe('the Print button', () => {
  for (const path of [TECHNIQUE, ROUTINES[0] ?? '/routines/']) {
    test(`${path} opens the print dialog`, async ({ page }) => {
      await page.addInitScript(() => {
        window.print = () => document.documentElement.setAttribute('data-printed', '');
      });
      await page.goto(path);
      await page.getByRole('button', { name: 'Print' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-printed', '');
    });
  }
});
