import { expect, test, type Page } from '@playwright/test';
import { axeViolations, loadAxe } from './support/axe';

/**
 * Search in Spanish, as a Spanish reader meets it on /es/search/: the page in Spanish, the
 * Spanish index and words only, and readers' own searches (without accents, with typos) that
 * find the right page in the top 3. One page, many queries: the index loads once.
 */

const box = (page: Page) =>
  page.getByRole('searchbox', { name: 'Busca una zona del cuerpo, un síntoma o una herramienta' });
const results = (page: Page) => page.locator('[data-search-results] > li');
const resultLinks = (page: Page) => page.locator('[data-search-results] h2 a');

async function paths(page: Page): Promise<string[]> {
  return resultLinks(page).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
}

/**
 * Types a search and presses Enter, as a reader does, and waits for its own count. The last
 * count is wiped first: "Did you mean" may change the words the new one names.
 */
async function search(page: Page, query: string): Promise<void> {
  await page.locator('[data-search-status]').evaluate((status) => (status.textContent = ''));
  await box(page).fill(query);
  await box(page).press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(query).replaceAll('%20', '\\+')}$`));
  await expect(page.getByRole('status')).toHaveText(/^(\d+ resultados?|No hay resultados) para “/, {
    timeout: 15_000,
  });
}

/**
 * Spanish readers' searches, in their own words, without accents and with typos, and the page
 * each must find in its top 3 (e2e/search-relevance.spec.ts holds the English ones).
 */
const READERS: { query: string; top3: string }[] = [
  { query: 'dolor de cuello', top3: '/es/areas/neck/' },
  { query: 'cuello rigido', top3: '/es/areas/neck/' },
  { query: 'cervicales', top3: '/es/areas/neck/' },
  { query: 'cervical', top3: '/es/areas/neck/' },
  { query: 'torticolis', top3: '/es/areas/neck/' },
  { query: 'musculos tensos del cuello', top3: '/es/areas/neck/' },
  { query: 'trapecio', top3: '/es/areas/shoulders/' },
  { query: 'dolor de hombro', top3: '/es/areas/shoulders/' },
  { query: 'gemelos', top3: '/es/areas/calves/' },
  { query: 'pantorila', top3: '/es/areas/calves/' },
  { query: 'lumbago', top3: '/es/areas/lower-back/' },
  { query: 'dolor de espalda baja', top3: '/es/areas/lower-back/' },
  { query: 'isquiotibiales', top3: '/es/areas/hamstrings/' },
  { query: 'isquiotiviales', top3: '/es/areas/hamstrings/' },
  { query: 'fascitis plantar', top3: '/es/areas/feet/' },
  { query: 'facitis plantar', top3: '/es/areas/feet/' },
  { query: 'planta del pie', top3: '/es/areas/feet/' },
  { query: 'talon', top3: '/es/areas/feet/' },
  { query: 'rodillo de espuma', top3: '/es/tools/foam-roller/' },
  { query: 'rodiyo de espuma', top3: '/es/tools/foam-roller/' },
  { query: 'pelota de tenis', top3: '/es/tools/tennis-ball/' },
  { query: 'bruxismo', top3: '/es/areas/jaw/' },
  { query: 'mandibula', top3: '/es/areas/jaw/' },
  { query: 'dolor de cabeza tensional', top3: '/es/areas/head/' },
  { query: 'dolor de cabesa', top3: '/es/areas/head/' },
  { query: 'rutina antes de dormir', top3: '/es/routines/evening-wind-down/' },
  { query: 'codo de tenista', top3: '/es/areas/arms/' },
  { query: 'antebraso', top3: '/es/areas/arms/' },
  { query: 'cuadriceps', top3: '/es/areas/quads/' },
  { query: 'gluteos', top3: '/es/areas/hips/' },
  { query: 'cuando ir al medico', top3: '/es/guides/when-to-see-a-professional/' },
];

test.describe('search in Spanish', () => {
  test.describe.configure({ timeout: 90_000 });

  test(`${READERS.length} Spanish readers' searches, without accents and with typos, find their page in the top 3, and only Spanish pages`, async ({
    page,
  }) => {
    await page.goto('/es/search/');
    const misses: string[] = [];
    for (const { query, top3 } of READERS) {
      await search(page, query);
      const shown = await paths(page);
      if (!shown.slice(0, 3).includes(top3))
        misses.push(`"${query}": wanted ${top3}, got ${shown.slice(0, 3).join(', ')}`);
      for (const path of shown) expect(path, query).toMatch(/^\/es\//);
    }
    expect(misses).toEqual([]);
  });

  test('speaks Spanish: the count, each result’s kind and areas, and "¿Quisiste decir…?" for a typo', async ({
    page,
  }) => {
    await page.goto('/es/search/');
    await expect(box(page)).toBeFocused();
    await box(page).pressSequentially('cuello rigido', { delay: 40 });
    await expect(page.getByRole('status')).toHaveText(/^\d+ resultados para “cuello rigido”\.$/);
    await expect(page).toHaveURL(/\/es\/search\/\?q=cuello\+rigido$/);
    await expect(page.getByText('¿Quisiste decir')).toBeHidden(); // no accent is no typo
    const first = results(page).first();
    await expect(first.getByRole('heading', { level: 2 })).toHaveText('Cuello');
    await expect(first.locator('.meta')).toHaveText('Zona del cuerpo · Cuello');

    await search(page, 'isquiotiviales');
    await expect(page.getByText('¿Quisiste decir isquiotibiales?')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(/^\d+ resultados para “isquiotibiales”\.$/);
    await page.getByRole('link', { name: 'isquiotibiales', exact: true }).click();
    await expect(page).toHaveURL(/\/es\/search\/\?q=isquiotibiales$/);
    await expect(page.getByText('¿Quisiste decir')).toBeHidden();
  });

  test('filters in Spanish, keeping them in the address', async ({ page }) => {
    await page.goto('/es/search/?q=pantorrilla');
    await page.getByText('Filtrar los resultados').click();
    await page.getByLabel('Tipo de página', { exact: true }).selectOption({ label: 'Técnica' });
    await page.getByLabel('Herramienta', { exact: true }).selectOption({ label: 'Pelota de tenis' });
    await expect(page).toHaveURL(/\/es\/search\/\?q=pantorrilla&tool=tennis-ball&kind=technique$/);
    await expect(page.getByRole('status')).toHaveText(
      '1 resultado para “pantorrilla”, con los filtros Pelota de tenis y Técnica.',
    );
    await expect(results(page).locator('.meta')).toHaveText(['Técnica · Pantorrillas']);
  });

  test('before a search, suggests Spanish searches that work, each run in place', async ({ page }) => {
    await page.goto('/es/search/');
    const tries = page.getByRole('list', { name: 'Prueba con una búsqueda como' }).getByRole('link');
    await expect(page.getByRole('list', { name: 'O empieza por donde te duele' }).getByRole('link')).toHaveCount(11);
    const examples = await tries.allTextContents();
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const example of examples) {
      await page.getByRole('link', { name: example, exact: true }).click();
      await expect(page.getByRole('status')).toHaveText(new RegExp(`^\\d+ resultados? para “${example}”`));
      for (const path of (await paths(page)).slice(0, 3)) expect(path, example).toMatch(/^\/es\//);
      await page.goBack();
      await expect(tries.first()).toBeVisible();
    }
  });

  test('loads the Spanish index and the Spanish words only, both asked for from the head', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto('/es/search/?q=cuello');
    await expect(page.getByRole('status')).toHaveText(/^\d+ resultados para “cuello”\.$/);
    const preloads = await page
      .locator('link[rel="preload"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(preloads).toEqual(expect.arrayContaining(['/pagefind/wasm.es.pagefind', '/es/search-words.json']));
    expect(asked).toContain('/es/search-words.json');
    expect(asked).not.toContain('/search-words.json');
    expect(asked.some((path) => /^\/pagefind\/pagefind\.es_\w+\.pf_meta$/.test(path))).toBe(true);
    expect(asked.filter((path) => /\.en[_.]/.test(path))).toEqual([]);
  });

  test('the header box of a Spanish page searches in Spanish', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/es/areas/neck/');
    const header = page.getByRole('search').filter({ has: page.getByRole('searchbox', { name: 'Buscar en la guía' }) });
    await expect(header.getByRole('searchbox')).toHaveAttribute('placeholder', 'p. ej., dolor de hombro');
    await header.getByRole('searchbox').fill('gemelos');
    await header.getByRole('button', { name: 'Buscar' }).click();
    await expect(page).toHaveURL(/\/es\/search\/\?q=gemelos$/);
    await expect(page.getByRole('status')).toHaveText(/^\d+ resultados? para “gemelos”\.$/);
    expect((await paths(page))[0]).toBe('/es/areas/calves/');
  });

  test('has no WCAG 2.2 A or AA violation with results and "¿Quisiste decir…?" showing', async ({ page }) => {
    await loadAxe(page);
    await page.goto('/es/search/?q=pantorila');
    await expect(page.getByText('¿Quisiste decir pantorrilla?')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the Spanish search page says why in Spanish, what to do in an emergency, and links to every Spanish list', async ({
    page,
  }) => {
    await page.goto('/es/areas/');
    await page.getByRole('searchbox', { name: 'Buscar en la guía' }).fill('cuello');
    await page.getByRole('searchbox', { name: 'Buscar en la guía' }).press('Enter');
    await expect(page).toHaveURL(/\/es\/search\/\?q=cuello$/);
    const fallback = page.locator('[data-search-fallback]');
    await expect(fallback).toContainText('La búsqueda necesita JavaScript');
    await expect(fallback).toContainText('Llama ya a tu número de emergencias local');
    await expect(
      fallback.getByRole('link', { name: 'Revisa las señales de alarma que necesitan ayuda ya' }),
    ).toHaveAttribute('href', '/es/safety/#emergency');
    const lists = {
      'Zonas del cuerpo': '/es/areas/',
      'Todas las técnicas': '/es/techniques/',
      Rutinas: '/es/routines/',
      Guías: '/es/guides/',
      seguridad: '/es/safety/',
    };
    for (const [name, href] of Object.entries(lists))
      await expect(fallback.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    await expect(box(page)).toBeHidden();
  });
});

test('English search stays English: "shoulder pain" finds only English pages, and a Spanish word none', async ({
  page,
}) => {
  await page.goto('/search/?q=shoulder+pain');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results for “shoulder pain”\.$/);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(resultLinks(page).nth(5)).toBeVisible();
  const shown = await paths(page);
  for (const path of shown) expect(path).not.toMatch(/^\/es\//);
  expect(shown[0]).toBe('/areas/shoulders/');
  await page.goto('/search/?q=pantorrilla');
  await expect(page.getByRole('status')).toHaveText('No results for “pantorrilla”.');
});
