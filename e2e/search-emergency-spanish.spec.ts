import { expect, test, type Page } from '@playwright/test';
import { readMdxFolder } from '../src/lib/content-files';
import { holdRequests } from './support/hold';

/**
 * Spanish searches that name an emergency or an urgent sign, as readers type them: without
 * accents, with typos, in other forms of the words. Each shows its box above every result, in
 * the words of content/es/safety.json, never a "¿Quisiste decir…?", and an emergency leads only to
 * /es/safety/ and the guides. Ordinary Spanish searches show no box. One page, many queries.
 */
const EMERGENCY = [
  'dolor de pecho',
  'dolor de pexho',
  'infarto',
  'imfarto',
  'no puedo respirar',
  'no puedo respirrar',
  'el peor dolor de cabeza',
  'el pior dolor de cabesa',
  'cara caída',
  'cara caida',
  'derrame cerebral',
  'derrame serebral',
  'entumecimiento en la ingle',
  'entumesimiento en la ingle',
  'no puedo orinar',
  'no puedo orinal',
];
const TODAY = ['pantorrilla hinchada', 'pantorilla inchada', 'coágulo', 'coagulo', 'cuagulo'];
const ORDINARY = [
  'dolor de cuello',
  'dolor de cabeza',
  'pantorrilla cargada',
  'lumbago',
  'contractura en la espalda',
  'es seguro',
  'dolor en las sienes',
];

const box = (page: Page) =>
  page.getByRole('searchbox', { name: 'Busca una zona del cuerpo, un síntoma o una herramienta' });
const alert = (page: Page) => page.locator('[data-search-emergency] [data-urgency]:visible');

/** What the reader sees after a search, read in one call (as e2e/search-emergency.spec.ts reads it). */
function whatShows(page: Page) {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('[data-search-emergency] [data-urgency]')].filter((box) =>
      box.checkVisibility(),
    );
    const link = [...(boxes[0]?.querySelectorAll('a') ?? [])].find(
      (a) => a.textContent?.trim() === 'Lee las señales de alarma',
    );
    const first = document.querySelector<HTMLAnchorElement>('[data-search-results] h2 a');
    const suggestion = [...document.querySelectorAll<HTMLElement>('main p')].find((p) =>
      p.textContent?.trim().startsWith('¿Quisiste decir'),
    );
    return {
      boxes: boxes.map((box) => box.dataset.urgency),
      boxLink: link?.getAttribute('href'),
      didYouMean: Boolean(suggestion?.checkVisibility()),
      results: [...document.querySelectorAll('[data-search-results] h2 a')].map((a) => a.getAttribute('href') ?? ''),
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
  const count = new RegExp(`(resultados?|No hay resultados) para “${query}”`);
  await expect(page.getByRole('status')).toContainText(count, { timeout: 15_000 });
}

test.describe('emergency words in Spanish searches', () => {
  test.describe.configure({ timeout: 90_000 });
  test.beforeEach(async ({ page }) => {
    await page.goto('/es/search/');
  });

  const batches = [
    ['emergency', EMERGENCY.slice(0, 8)],
    ['emergency', EMERGENCY.slice(8)],
    ['today', TODAY],
  ] as const;
  for (const [urgency, queries] of batches) {
    test(`${urgency} searches show the ${urgency} box above every result, with no "¿Quisiste decir…?": ${queries.join(', ')}`, async ({
      page,
    }) => {
      for (const query of queries) {
        await search(page, query);
        const shows = await whatShows(page);
        expect(shows, query).toMatchObject({
          boxes: [urgency],
          boxLink: `/es/safety/#${urgency}`,
          didYouMean: false,
        });
        if (shows.results.length > 0) expect(shows.firstResultBelowBox, query).toBe(true);
        for (const href of shows.results) expect(href, query).toMatch(/^\/es\//);
        // An emergency never leads to a technique, a routine or a list of them: /es/safety/ and the guides only.
        if (urgency === 'emergency')
          for (const href of shows.results) expect(href, query).toMatch(/^\/es\/(safety|guides)\//);
      }
    });
  }

  test('the box says what to do and names the sign, in Spanish; ordinary searches show no box', async ({ page }) => {
    await search(page, 'derrame serebral');
    await expect(alert(page).getByRole('heading', { level: 2 })).toHaveText('Advertencia: Emergencia: pide ayuda ya');
    await expect(alert(page)).toContainText('Llama ya a tu número de emergencias local, como el 911, 999, 112 o 000.');
    await expect(alert(page)).toContainText(
      'Cara caída, habla arrastrada, o un lado del cuerpo débil o entumecido de repente.',
    );
    await search(page, 'coagulo');
    await expect(alert(page).getByRole('heading', { level: 2 })).toContainText('Hazte ver hoy');
    await expect(alert(page).getByRole('link', { name: 'Cuándo llamar al número de emergencias' })).toHaveAttribute(
      'href',
      '/es/safety/#emergency',
    );
    for (const query of ORDINARY) {
      await search(page, query);
      await expect(alert(page), query).toHaveCount(0);
    }
  });

  test('under a clot, the results offer no leg technique or routine', async ({ page }) => {
    const legs = ['quads', 'hamstrings', 'calves', 'feet'];
    const legIds = new Set(
      readMdxFolder('techniques')
        .filter((file) => (file.frontmatter['areas'] as string[]).some((area) => legs.includes(area)))
        .map((file) => file.id),
    );
    const legRoutines = readMdxFolder('routines').filter((file) =>
      (file.frontmatter['steps'] as { technique: string }[]).some((step) => legIds.has(step.technique)),
    );
    const forbidden = [
      ...[...legIds].map((id) => `/es/techniques/${id}/`),
      ...legRoutines.map((file) => `/es/routines/${file.id}/`),
    ];
    for (const query of ['pantorrilla hinchada', 'pierna hinchada', 'coagulo en la pantorrilla']) {
      await search(page, query);
      const shows = await whatShows(page);
      expect(shows.boxes, query).toEqual(['today']);
      expect(shows.results, query).toContain('/es/safety/');
      for (const href of shows.results) expect(forbidden, `${query}: ${href}`).not.toContain(href);
    }
  });

  test('an address naming an emergency shows its box before the index has loaded', async ({ page }) => {
    const pagefind = await holdRequests(page, '**/pagefind/**');
    await page.goto('/es/search/?q=dolor%20de%20pecho');
    await expect(alert(page)).toHaveAttribute('data-urgency', 'emergency');
    await expect(page.getByRole('status')).toHaveText('Buscando “dolor de pecho”…');
    pagefind.release();
    await expect(page.getByRole('status')).toHaveText(/^\d+ resultados? para “dolor de pecho”\.$/);
  });
});
