import { expect, test, type Page } from '@playwright/test';
import { readMdxFolder } from '../src/lib/content-files';
import { holdRequests } from './support/hold';

/**
 * Searches that name an emergency or an urgent sign, in medical names or readers' own words,
 * typos and all: each shows its box above every result, never a "Did you mean".
 * Ordinary searches show no box. One page, many queries: the whole file runs in seconds.
 */
const EMERGENCY = [
  'chest pain',
  'chest pian',
  'heart atack',
  "can't breathe",
  'short of breath',
  'arm pain with chest pain',
  'worst headache of my life',
  'thunderclap headache',
  'face drooping',
  'slurred speech',
  'numb groin',
  "can't pee",
  'loss of bowel control',
  'vision loss',
];
/** Emergencies told in readers' own words, not the medical names: each must still show the box. */
const EMERGENCY_IN_LAY_WORDS = [
  'stroke',
  'my arm feels heavy',
  'sweating and feeling sick with a jaw ache',
  'tight chest',
  'pins and needles between my legs',
  'no feeling around my bottom',
  'numb when I wipe',
  'stiff neck and a fever',
  'light hurts my eyes headache',
  'rash that doesnt fade',
  'neck pain and dizzy',
  'coughing up blood',
  'tearing pain between shoulder blades',
  'hit my head and vomiting',
  'bumped head on blood thinners',
  'neck pain after car crash',
  'foot cold and numb',
  'dark urine after workout',
  'severe calf pain after exercise',
  'throat swelling after toothache',
  'clumsy hands and pins and needles',
];
const TODAY = [
  'swollen calf',
  'blood clot',
  'giant cell arteritis',
  'jaw aches when chewing with a headache',
  'scalp too tender to brush my hair',
  'calf pain after long flight',
  'hot swollen knee with fever',
  'red hot skin spreading',
];
const ORDINARY = [
  'shoulder pain',
  'tennis ball',
  'stiff neck',
  'headache',
  'lower back pain',
  'foam roller',
  'jaw pain when chewing',
  'knot between shoulder blades',
  'sore calves after running',
  'shin splints',
  'cheek press',
];

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
  const count = new RegExp(`results? for “${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`);
  await expect(page.getByRole('status')).toContainText(count, { timeout: 15_000 });
}

test.describe('emergency words in search', () => {
  test.describe.configure({ timeout: 90_000 });
  test.beforeEach(async ({ page }) => {
    await page.goto('/search/');
  });

  // In a few batches, so the two workers share them.
  const batches = [
    ['emergency', EMERGENCY],
    ['emergency', EMERGENCY_IN_LAY_WORDS.slice(0, 10)],
    ['emergency', EMERGENCY_IN_LAY_WORDS.slice(10)],
    ['today', TODAY],
  ] as const;
  for (const [urgency, queries] of batches) {
    test(`${urgency} searches show the ${urgency} box above every result, with no "Did you mean": ${queries.join(', ')}`, async ({
      page,
    }) => {
      for (const query of queries) {
        await search(page, query);
        const shows = await whatShows(page);
        expect(shows, query).toMatchObject({
          boxes: [urgency],
          boxLink: `/safety/#${urgency}`,
          didYouMean: false,
        });
        // Results may follow, but never above the box.
        if (shows.firstResult) expect(shows.firstResultBelowBox, query).toBe(true);
        // An emergency never leads to a technique, a routine or a list of them: /safety/ and the guides only.
        if (urgency === 'emergency') {
          const shown = await page
            .locator('[data-search-results] h2 a')
            .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
          for (const href of shown) expect(href, query).toMatch(/^\/(safety|guides)\//);
        }
      }
    });
  }

  test('the box names the sign it matched, in the words of /safety/', async ({ page }) => {
    await search(page, 'stroke');
    await expect(alert(page)).toContainText('Face drooping, slurred speech, or one side suddenly weak or numb');
    await search(page, 'scalp too tender to brush my hair');
    await expect(alert(page)).toContainText('Over 50, with a new headache at your temples');
  });

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

  test('under a sign that forbids pressing the legs, the results offer no leg technique or routine; /safety/ and guides follow', async ({
    page,
  }) => {
    const legs = ['quads', 'hamstrings', 'calves', 'feet'];
    const legTechniques = readMdxFolder('techniques').filter((file) =>
      (file.frontmatter['areas'] as string[]).some((area) => legs.includes(area)),
    );
    const legIds = new Set(legTechniques.map((file) => file.id));
    const legRoutines = readMdxFolder('routines').filter((file) =>
      (file.frontmatter['steps'] as { technique: string }[]).some((step) => legIds.has(step.technique)),
    );
    const forbidden = [
      ...legTechniques.map((file) => `/techniques/${file.id}/`),
      ...legRoutines.map((file) => `/routines/${file.id}/`),
    ];
    expect(forbidden.length).toBeGreaterThan(10);
    for (const query of ['calf swollen', 'swollen leg', 'blood clot in calf']) {
      await search(page, query);
      expect((await whatShows(page)).boxes, query).toEqual(['today']);
      const more = page.getByRole('button', { name: 'Show more results' });
      if (await more.isVisible()) await more.click();
      const shown = await page
        .locator('[data-search-results] h2 a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(shown, query).toContain('/safety/');
      for (const href of shown) expect(forbidden, `${query}: ${href}`).not.toContain(href);
    }
    // An ordinary search still finds them.
    await search(page, 'calf roller');
    expect(await page.locator('[data-search-results] h2 a').first().getAttribute('href')).toMatch(
      /^\/techniques\/calves-/,
    );
  });

  test('an address naming an emergency shows its box before the index has loaded', async ({ page }) => {
    const pagefind = await holdRequests(page, '**/pagefind/**');
    await page.goto('/search/?q=chest%20pain');
    await expect(alert(page)).toHaveAttribute('data-urgency', 'emergency');
    await expect(page.getByRole('status')).toHaveText('Searching for “chest pain”…');
    await expect(page.locator('[data-search-results] > li')).toHaveCount(0);
    pagefind.release();
    await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “chest pain”\.$/);
    expect((await whatShows(page)).boxes).toEqual(['emergency']);
  });

  test('a query of no real word, of any length, shows no results rather than every page', async ({ page }) => {
    for (const query of ['aaaa', 'a'.repeat(40), 'zzzz qqqq']) {
      await search(page, query);
      await expect(page.getByRole('status')).toHaveText(`No results for “${query}”.`);
      await expect(page.locator('[data-search-results] > li')).toHaveCount(0);
    }
  });
});
