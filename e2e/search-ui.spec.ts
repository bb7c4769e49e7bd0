import { expect, test, type Page } from '@playwright/test';
import { axeViolations, loadAxe } from './support/axe';
import { holdRequests } from './support/hold';

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search for a body area, a symptom or a tool' });
const results = (page: Page) => page.locator('[data-search-results] > li');
const resultLinks = (page: Page) => page.locator('[data-search-results] h2 a');

async function paths(page: Page): Promise<string[]> {
  return resultLinks(page).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
}

test.describe('the search page', () => {
  test('shows results as you type, with kind, area and a highlighted excerpt, and announces the count', async ({
    page,
  }) => {
    await page.goto('/search/');
    await expect(box(page)).toBeFocused();
    await box(page).pressSequentially('stiff neck', { delay: 40 });
    await expect(page.getByRole('status')).toHaveText(/^\d+ results for “stiff neck”\.$/);
    await expect(page).toHaveURL(/\/search\/\?q=stiff\+neck$/);
    const first = results(page).first();
    await expect(first.getByRole('heading', { level: 2 })).toHaveText('Neck');
    await expect(first.locator('.meta')).toHaveText('Body area · Neck');
    await expect(first.locator('.excerpt mark').first()).toBeVisible();
  });

  test('a misspelling offers the right words and shows their results: "sholder pain"', async ({ page }) => {
    await page.goto('/search/');
    await box(page).fill('sholder pain');
    await expect(page.getByText('Did you mean shoulder pain?')).toBeVisible();
    await expect(page.getByRole('status')).toContainText('results for “shoulder pain”');
    for (const path of (await paths(page)).slice(0, 3)) expect(path).toMatch(/shoulder/);
    await page.getByRole('link', { name: 'shoulder pain', exact: true }).click();
    await expect(box(page)).toHaveValue('shoulder pain');
    await expect(page).toHaveURL(/\?q=shoulder\+pain$/);
    await expect(page.getByText('Did you mean')).toBeHidden();
  });

  test('"myofacial release" finds the myofascial pages', async ({ page }) => {
    await page.goto('/search/?q=myofacial+release');
    await expect(page.getByText('Did you mean myofascial release?')).toBeVisible();
    expect((await paths(page))[0]).toBe('/guides/what-is-myofascial-release/');
  });

  test('a shared address runs its search, and Back returns to the results', async ({ page }) => {
    await page.goto('/search/?q=jaw+clenching');
    await expect(box(page)).toHaveValue('jaw clenching');
    await expect(resultLinks(page).first()).toHaveText('Jaw');
    await resultLinks(page).first().click();
    await expect(page).toHaveURL(/\/areas\/jaw\/$/);
    await page.goBack();
    await expect(box(page)).toHaveValue('jaw clenching');
    await expect(resultLinks(page).first()).toHaveText('Jaw');
  });

  test('filters by area, tool and kind, keeping them in the address', async ({ page }) => {
    await page.goto('/search/?q=sore');
    await expect(page.getByLabel('Tool', { exact: true })).toBeHidden();
    await page.getByText('Narrow the results').click();
    await page.getByLabel('Kind of page', { exact: true }).selectOption({ label: 'Technique' });
    await expect(page).toHaveURL(/\?q=sore&kind=technique$/);
    await page.getByLabel('Body area', { exact: true }).selectOption({ label: 'Feet' });
    await page.getByLabel('Tool', { exact: true }).selectOption({ label: 'Tennis ball' });
    await expect(page.getByRole('status')).toHaveText(
      '1 result for “sore”, filtered by Feet, Tennis ball and Technique.',
    );
    await expect(page).toHaveURL(/\?q=sore&area=feet&tool=tennis-ball&kind=technique$/);
    await expect(resultLinks(page)).toHaveText(['Feet: roll the sole of your foot on a tennis ball']);
    await expect(results(page).locator('.meta')).toHaveText(['Technique · Feet']);
    await page.goBack();
    await page.goBack();
    await expect(page.getByLabel('Body area', { exact: true })).toHaveValue('');
    await expect(page.getByLabel('Kind of page', { exact: true })).toHaveValue('technique');
    await expect(results(page).locator('.meta').first()).toContainText('Technique');
  });

  test('works from the keyboard: "/" to the box, arrow keys through the results', async ({ page }) => {
    await page.goto('/search/?q=neck');
    await expect(resultLinks(page).nth(1)).toBeVisible();
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(box(page)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks(page).first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks(page).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(box(page)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const target = await resultLinks(page).first().getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`));
  });

  test('shows the best 5 at first; "Show more results" adds the next 10 and moves focus to them', async ({ page }) => {
    await page.goto('/search/?q=tennis+ball');
    await expect(results(page)).toHaveCount(5);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect(results(page)).toHaveCount(15);
    await expect(resultLinks(page).nth(5)).toBeFocused();
  });

  test('before a search, suggests searches that work and lists the body areas', async ({ page }) => {
    await page.goto('/search/');
    const tries = page.getByRole('list', { name: 'Try a search like' }).getByRole('link');
    await expect(page.getByRole('list', { name: 'Or start from where it hurts' }).getByRole('link')).toHaveCount(11);
    const examples = await tries.allTextContents();
    expect(examples.length).toBeGreaterThanOrEqual(6);
    // Each runs on the page, with no reload; Back returns to the suggestions for the next.
    for (const example of examples) {
      await page.getByRole('link', { name: example, exact: true }).click();
      await expect(page.getByRole('status')).toHaveText(new RegExp(`^\\d+ results? for “${example}”`));
      await expect(page).toHaveURL(new RegExp(`\\?q=${example.replaceAll(' ', '\\+')}$`));
      await page.goBack();
      await expect(tries.first()).toBeVisible();
    }
  });

  test('with no results, says so and offers the suggestions and areas', async ({ page }) => {
    await page.goto('/search/?q=xylophone');
    await expect(page.getByRole('status')).toHaveText('No results for “xylophone”.');
    await expect(page.getByRole('heading', { name: 'Try a search like' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Lower back', exact: true })).toBeVisible();
  });

  test('an address with a search shows where the results will be before the index has loaded', async ({ page }) => {
    const pagefind = await holdRequests(page, '**/pagefind/**');
    await page.goto('/search/?q=shoulder');
    await expect(page.getByRole('status')).toHaveText('Searching for “shoulder”…');
    await expect(page.getByRole('heading', { name: 'Try a search like' })).toBeHidden();
    pagefind.release();
    await expect(page.getByRole('status')).toHaveText(/^\d+ results for “shoulder”\.$/);
    await expect(results(page)).toHaveCount(5);
  });

  test('when the index cannot load, says so and offers the body areas', async ({ page }) => {
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto('/search/?q=neck');
    await expect(page.getByRole('status')).toHaveText(/^Search could not load\./);
    await expect(page.getByRole('link', { name: 'Neck', exact: true })).toBeVisible();
  });

  test('has no WCAG 2.2 A or AA violation with results and a suggestion showing', async ({ page }) => {
    await loadAxe(page);
    await page.goto('/search/?q=sholder');
    await expect(page.getByText('Did you mean shoulder?')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('content pages have no "/" shortcut: the key types nowhere but where the reader is', async ({ page }) => {
  await page.goto('/techniques/neck-line-trace/');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search the guide' })).not.toBeFocused();
});
