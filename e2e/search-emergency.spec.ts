import { expect, test, type Page } from '@playwright/test';

/**
 * Searches that name an emergency or an urgent sign, typos and all: each shows its box
 * above every result, never a "Did you mean", with /safety/ as the first result.
 * Ordinary searches show no box. One page, many queries: the whole file runs in seconds.
 */
const EMERGENCY = [
  'chest pain',
  'chest pian',
  'pressure in my chest',
  'heart attack',
  'heart atack',
  "can't breathe",
  'cant breathe',
  'short of breath',
  'arm pain with chest pain',
  'jaw pain and chest pressure',
  'worst headache of my life',
  'sudden severe headache',
  'thunderclap headache',
  'face drooping',
  'slurred speech',
  'sudden weakness on one side',
  'numb groin',
  'saddle numbness',
  "can't pee",
  'lost bladder control',
  'loss of bowel control',
  'vision loss',
  'double vision with headache',
];
const TODAY = ['calf swollen red hot', 'swollen calf', 'blood clot', 'temple pain over 50', 'giant cell arteritis'];
const ORDINARY = ['shoulder pain', 'tennis ball', 'stiff neck', 'headache', 'lower back pain', 'foam roller'];

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search for a body area, a symptom or a tool' });
const alert = (page: Page) => page.locator('[data-search-emergency] [data-urgency]:visible');

/**
 * What the reader sees after a search, read in one call: the urgency of each box shown, where
 * its "Read the warning signs" link goes, whether "Did you mean" shows, the first result and
 * whether that result sits below the box.
 */
function whatShows(page: Page) {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('[data-search-emergency] [data-urgency]')].filter((box) =>
      box.checkVisibility(),
    );
    const link = [...(boxes[0]?.querySelectorAll('a') ?? [])].find(
      (a) => a.textContent?.trim() === 'Read the warning signs',
    );
    const first = document.querySelector<HTMLAnchorElement>('[data-search-results] h2 a');
    const suggestion = [...document.querySelectorAll<HTMLElement>('main p')].find((p) =>
      p.textContent?.trim().startsWith('Did you mean'),
    );
    const didYouMean = Boolean(suggestion?.checkVisibility());
    return {
      boxes: boxes.map((box) => box.dataset.urgency),
      boxLink: link?.getAttribute('href'),
      didYouMean,
      firstResult: first?.getAttribute('href'),
      firstResultBelowBox: Boolean(
        first && boxes[0] && first.getBoundingClientRect().top > boxes[0].getBoundingClientRect().bottom,
      ),
    };
  });
}

/** Runs a search as a reader does, typing and pressing Enter, and waits for its own results. */
async function search(page: Page, query: string): Promise<void> {
  await box(page).fill(query);
  await box(page).press('Enter');
  // Generous: the first search loads the index, and a busy machine may be slow.
  await expect(page.getByRole('status')).toContainText(`for “${query}”`, { timeout: 15_000 });
}

test.describe('emergency words in search', () => {
  test.describe.configure({ timeout: 90_000 });
  test.beforeEach(async ({ page }) => {
    await page.goto('/search/');
  });

  // In a few batches, so the two workers share them.
  const batches = [
    ['emergency', EMERGENCY.slice(0, 12)],
    ['emergency', EMERGENCY.slice(12)],
    ['today', TODAY],
  ] as const;
  for (const [urgency, queries] of batches) {
    test(`${urgency} searches show the ${urgency} box above every result, with no "Did you mean": ${queries.join(', ')}`, async ({
      page,
    }) => {
      for (const query of queries) {
        await search(page, query);
        expect(await whatShows(page), query).toEqual({
          boxes: [urgency],
          boxLink: `/safety/#${urgency}`,
          didYouMean: false,
          firstResult: '/safety/',
          firstResultBelowBox: true,
        });
      }
    });
  }

  test('the emergency box says to call the local emergency number, with examples; ordinary searches show no box', async ({
    page,
  }) => {
    await search(page, 'chest pain');
    await expect(alert(page).getByRole('heading', { level: 2 })).toContainText('Emergency');
    for (const number of ['911', '999', '112', '000']) await expect(alert(page)).toContainText(number);
    for (const query of ORDINARY) {
      await search(page, query);
      await expect(alert(page), query).toHaveCount(0);
    }
  });

  test('a query of no real word, of any length, shows no results rather than every page', async ({ page }) => {
    for (const query of ['aaaa', 'a'.repeat(40), 'zzzz qqqq']) {
      await search(page, query);
      await expect(page.getByRole('status')).toHaveText(`No results for “${query}”.`);
      await expect(page.locator('[data-search-results] > li')).toHaveCount(0);
    }
  });
});
