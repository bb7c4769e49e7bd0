/**
 * The routine part in Spanish: the list of routines, a routine's page and its 7-day strip, the
 * routine builder and its printed sheet, each read in the Spanish a reader sees. The English
 * journeys are in builder.spec.ts, print.spec.ts and timer.spec.ts; the sweep
 * (site-sweep.spec.ts) prints every Spanish routine on one sheet.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { MAX_PICKS } from '../src/lib/builder';
import { readMdxFolder } from '../src/lib/content-files';
import { condenseSteps } from '../src/lib/handout';
import { printedSheets } from './support/print';

const ROUTINE = '/es/routines/evening-wind-down/';
const BUILD = '/es/routines/build/';
const TWO = [
  { id: 'neck-line-trace', title: 'Cuello: sigue la línea del dolor', area: 'Cuello' },
  { id: 'shoulder-grip-hold', title: 'Hombros: agarra el hombro y presiona con el pulgar', area: 'Hombros' },
];

/** The Spanish techniques whose handout rows are longest (cue plus condensed steps), longest first. */
function longestSpanishTechniques(count: number): string[] {
  return readMdxFolder('es/techniques')
    .map((file) => ({
      id: file.id,
      length: String(file.frontmatter['summary']).length + condenseSteps(file.body).join(' ').length,
    }))
    .sort((a, b) => b.length - a.length)
    .slice(0, count)
    .map((technique) => technique.id);
}

const chosen = (page: Page) => page.locator('[data-builder-list] > li');
const handoutRows = (page: Page) => page.locator('[data-handout-rows] > tr');
/** Rows whose fetched words (tool, cue, steps) have arrived. */
const fullRows = (page: Page) => handoutRows(page).filter({ has: page.locator('ol > li') });

async function pick(page: Page, { title, area }: (typeof TWO)[number]): Promise<void> {
  const group = page.locator('[data-builder-group]').filter({ has: page.locator('summary', { hasText: area }) });
  if (!(await group.evaluate((details: HTMLDetailsElement) => details.open))) await group.locator('summary').click();
  await page.getByRole('checkbox', { name: title }).check();
  await expect(chosen(page).filter({ hasText: title })).toHaveCount(1);
}

test.describe('routines in Spanish', () => {
  test('the list of routines names each in Spanish, with its time, and links to the Spanish pages', async ({
    page,
  }) => {
    await page.goto('/es/routines/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rutinas');
    const link = page.getByRole('link', { name: 'Relajación de la noche' });
    await expect(link).toHaveAttribute('href', ROUTINE);
    await expect(page.locator('.routines li').filter({ has: link })).toContainText(
      'alrededor de 10 min · Una rutina lenta',
    );
    await expect(page.getByRole('link', { name: 'Arma tu propia rutina' })).toHaveAttribute('href', BUILD);
    await expect(page.getByText('¿Ninguna te sirve?')).toBeVisible();
  });

  test('a routine page gives its facts, its steps and the 7-day strip in Spanish', async ({ page }) => {
    await page.goto(ROUTINE);
    const facts = page.locator('.routine-facts');
    await expect(facts).toContainText('Objetivo: Relajar los músculos tensos');
    await expect(facts).toContainText('Para quién: Cualquier persona');
    await expect(facts).toContainText('Tiempo total: alrededor de 10 min');
    await expect(page.getByRole('button', { name: 'Imprimir' })).toBeVisible();
    await expect(page.getByText('Una página, con casillas para marcar durante una semana.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Haz la rutina con el temporizador' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Los pasos' })).toBeVisible();
    const first = page.locator('.routine-steps > li').first();
    await expect(first.locator('.name')).toHaveText('Mandíbula: presión suave en el punto adolorido de la mejilla');
    await expect(first.locator('.name')).toHaveAttribute('href', '/es/techniques/jaw-cheek-press/');
    await expect(first.locator('.facts')).toHaveText('Manos · Mantén 60 s.');
    await expect(page.locator('.routine-steps > li').nth(1).locator('.note')).toHaveText(
      'Aquí es más largo: sigue el tiempo de arriba. En su página: 5 a 6 pasadas lentas, en cada lado.',
    );
  });

  test('the 7-day strip names the days in Spanish, and "Borrar mi historial" forgets them', async ({ page }) => {
    await page.clock.install({ time: new Date(2026, 5, 1, 9) }); // a Monday
    await page.addInitScript(() => localStorage.setItem('days-done', '["2026-05-27","2026-06-01"]'));
    await page.goto(ROUTINE);
    const strip = page.locator('days-strip');
    await expect(strip.getByRole('heading', { name: 'Tus últimos 7 días' })).toBeVisible();
    await expect(strip.locator('[data-label]')).toHaveText(['mar', 'mié', 'jue', 'vie', 'sáb', 'dom', 'lun']);
    await expect(strip.locator('[data-state]')).toHaveText([
      'sin hacer',
      'hecho',
      'sin hacer',
      'sin hacer',
      'sin hacer',
      'sin hacer',
      'hoy, hecho',
    ]);
    await strip.getByRole('button', { name: 'Borrar mi historial' }).click();
    await expect(strip.getByRole('status')).toHaveText('Se borró tu historial.');
    await expect(strip.locator('li[data-done]')).toHaveCount(0);
  });
});

test.describe('the routine player in Spanish', () => {
  const PLAYER = '/es/routines/daily-5-minute-scan/';
  const STEPS = [
    'Cuello: sigue la línea del dolor',
    'Hombros: agarra el hombro y presiona con el pulgar',
    'Zona lumbar: dos pelotas de tenis contra la pared',
    'Caderas: pelota de tenis en el glúteo contra la pared',
    'Pies: presiona con el pulgar un punto adolorido de la planta',
  ];
  const START = new Date('2026-06-01T08:00:00Z').getTime(); // a Monday
  const button = (timer: Locator, name: string) => timer.getByRole('button', { name, exact: true });

  async function start(page: Page): Promise<Locator> {
    await page.clock.install({ time: START });
    await page.clock.pauseAt(START + 1000);
    await page.goto(PLAYER);
    const timer = page.locator('hold-timer');
    await expect(timer.getByRole('heading', { name: 'Haz la rutina con el temporizador' })).toBeVisible();
    await button(timer, 'Empezar la rutina').click();
    await button(timer, 'Ninguno').click(); // the safety check before the first start on this device
    return timer;
  }

  test('starts, names each step and what comes next in Spanish, and "Saltar esta técnica" moves on', async ({
    page,
  }) => {
    const timer = await start(page);
    await expect(timer.locator('[data-text="step"]')).toHaveText('1 de 5');
    await expect(timer.locator('[data-text="title"]')).toHaveText(STEPS[0]!);
    await expect(timer.getByText(`Sigue: ${STEPS[1]}`)).toBeVisible();
    await expect(timer.getByText(/^Tiempo restante: /)).toBeVisible();
    // The current technique's steps, from its Spanish handout row.
    await expect(timer.locator('[data-now] ol li').first()).toHaveText('Siéntate con la espalda recta.');
    await button(timer, 'Saltar esta técnica').click();
    await expect(timer.locator('[data-text="step"]')).toHaveText('2 de 5');
    await expect(timer.locator('[data-text="title"]')).toHaveText(STEPS[1]!);
    await expect(timer.locator('[data-now] ol li').first()).toHaveText(
      'Siéntate o párate derecho y deja caer el hombro que duele.',
    );
    for (let step = 2; step < 5; step++) await button(timer, 'Saltar esta técnica').click();
    await expect(timer.locator('[data-text="step"]')).toHaveText('5 de 5');
    await expect(timer.getByText('Es la última')).toBeVisible();
  });

  test('"Marcar hoy como hecho" ticks today on the routine page and the Spanish home page', async ({ page }) => {
    const timer = await start(page);
    for (let step = 1; step <= 5; step++) await button(timer, 'Saltar esta técnica').click();
    await expect(timer.getByRole('heading', { name: 'Rutina terminada' })).toBeVisible();
    await button(timer, 'Marcar hoy como hecho').click();
    await expect(timer.getByText('Hoy quedó marcado como hecho.')).toBeVisible();
    const today = page.locator('days-strip li').last();
    await expect(today).toHaveAttribute('data-done', '');
    await expect(today.locator('[data-state]')).toHaveText('hoy, hecho');
    await page.goto('/es/');
    await expect(page.getByRole('heading', { name: 'Tus últimos 7 días' })).toBeVisible();
    await expect(today).toHaveText('lunhoy, hecho');
    await expect(page.locator('days-strip li[data-done]')).toHaveCount(1);
  });
});

test.describe('the routine builder in Spanish', () => {
  test('picking two techniques builds the Spanish routine and its handout, and the address brings it back', async ({
    page,
    context,
  }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.json')) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto(BUILD);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arma tu propia rutina');
    await expect(page.getByText('Todavía no elegiste nada.')).toBeVisible();
    for (const technique of TWO) await pick(page, technique);
    await expect(page.locator('[data-builder-status]')).toHaveText(
      `Agregaste ${TWO[1]!.title}. Llevas 2 de ${MAX_PICKS}.`,
    );
    await expect(page).toHaveURL(new RegExp(`${BUILD}\\?t=${TWO.map((technique) => technique.id).join(',')}$`));
    expect(fetched).toEqual([
      `${BUILD}area/neck.json`,
      `${BUILD}${TWO[0]!.id}.json`,
      `${BUILD}area/shoulders.json`,
      `${BUILD}${TWO[1]!.id}.json`,
    ]);

    await test.step('the chosen list speaks Spanish', async () => {
      const first = chosen(page).first();
      await expect(first.getByRole('button', { name: /^Subir/ })).toBeDisabled();
      await expect(first.getByRole('button', { name: /^Bajar/ })).toBeEnabled();
      await expect(first.getByRole('button', { name: /^Quitar/ })).toBeEnabled();
      // Each control names its technique for a screen reader: "Quitar: Cuello: ...".
      await expect(first.locator('[data-item-for]')).toHaveText(Array(4).fill(`: ${TWO[0]!.title}`));
      const dose = first.getByRole('combobox', { name: /^Dosis/ });
      await expect(dose.locator('option').first()).toHaveText('5 a 6 pasadas lentas (como en la guía)');
      await expect(page.locator('[data-builder-total]')).toHaveText(/^(alrededor de )?\d+( a \d+)? min$/);
      await expect(page.getByRole('link', { name: 'enlace a tu rutina' })).toHaveAttribute('href', page.url());
    });

    await test.step('the handout has each technique in Spanish: name, tool, dose, cue and steps', async () => {
      await expect(fullRows(page)).toHaveCount(2);
      const row = handoutRows(page).first();
      await expect(row.locator('[data-name]')).toHaveText(TWO[0]!.title);
      await expect(row.locator('[data-tool]')).toHaveText('Manos · ');
      await expect(row.locator('[data-dose]')).toHaveText('5 a 6 pasadas lentas.');
      await expect(row.locator('ol > li').first()).toHaveText('Siéntate con la espalda recta.');
      await page.emulateMedia({ media: 'print' });
      const handout = page.locator('[data-handout]');
      await expect(handout.getByRole('heading', { level: 2 })).toHaveText('Mi rutina');
      await expect(handout).toContainText('Fecha de inicio:');
      await expect(handout).toContainText('Técnica · marca una casilla cada día que la hagas');
      await page.emulateMedia({ media: 'screen' });
    });

    await test.step('the player plays the Spanish techniques, linked to their Spanish pages', async () => {
      const steps = JSON.parse((await page.locator('hold-timer').getAttribute('data-steps')) ?? '[]') as {
        title: string;
        href: string;
      }[];
      expect(steps).toMatchObject(TWO.map(({ id, title }) => ({ title, href: `/es/techniques/${id}/` })));
    });

    await test.step('the address, opened again, brings the same routine back', async () => {
      const again = await context.newPage();
      await again.goto(page.url());
      await expect(chosen(again)).toHaveText(TWO.map((technique) => new RegExp(`^${technique.title}`)));
      await expect(fullRows(again)).toHaveCount(2);
      await expect(again.locator('[data-builder-note]')).toBeHidden();
    });
  });

  test('a link it cannot use in full says so in Spanish', async ({ page }) => {
    await page.goto(`${BUILD}?t=neck-line-trace,no-existe,shoulder-grip-hold:99x9`);
    const note = page.locator('[data-builder-note]');
    await expect(note).toContainText(
      'El enlace nombraba una técnica que no encontramos, así que la saltamos: “no-existe”.',
    );
    await expect(note).toContainText(`así que usamos la dosis de la guía para ${TWO[1]!.title}.`);
    await expect(chosen(page)).toHaveCount(2);
  });

  test('the filter finds techniques with or without accents, and says how many in Spanish', async ({ page }) => {
    await page.goto(BUILD);
    const filter = page.getByLabel('Filtra por zona del cuerpo, nombre o herramienta');
    await filter.fill('gluteos');
    await expect(page.locator('[data-builder-filter-status]')).toHaveText(
      /^\d+ de \d+ técnicas coinciden con “gluteos”\.$/,
    );
    for (const label of await page.locator('[data-builder-group] label:visible').all()) {
      await expect(label).toContainText(/glúteo|cadera/i);
    }
    await filter.fill('zzz');
    await expect(page.getByText('Ninguna técnica coincide con “zzz”.')).toBeVisible();
  });
});

test.describe('printing in Spanish', () => {
  test(`${ROUTINE} prints its handout in Spanish on one sheet of A4 and of Letter`, async ({ page }) => {
    await page.goto(ROUTINE);
    expect(await printedSheets(page)).toEqual({ A4: 1, Letter: 1 });
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('[data-handout]');
    await expect(handout).toBeVisible();
    await expect(handout.getByRole('heading', { level: 2 })).toHaveText('Relajación de la noche');
    await expect(handout).toContainText('Tiempo total: alrededor de 10 min');
    await expect(handout).toContainText('Fecha de inicio:');
    await expect(handout).toContainText('Objetivo: Relajar los músculos tensos');
    const rows = handout.locator('tbody tr');
    await expect(rows).toHaveCount(5);
    await expect(rows.first().locator('[data-dose]')).toHaveText('Mantén 60 s.');
    await expect(rows.nth(1).locator('.box')).toHaveCount(14); // each side: a left and a right box a day
    await expect(handout.locator('thead th').nth(1)).toHaveText('Día 1');
  });

  test(`the ${MAX_PICKS} longest Spanish techniques, built into a routine, print on one sheet each of A4 and of Letter`, async ({
    page,
  }) => {
    await page.goto(`${BUILD}?t=${longestSpanishTechniques(MAX_PICKS).join(',')}`);
    await expect(fullRows(page)).toHaveCount(MAX_PICKS);
    expect(await printedSheets(page)).toEqual({ A4: 1, Letter: 1 });
    await page.emulateMedia({ media: 'print' });
    for (const row of await handoutRows(page).all()) await expect(row.getByRole('img')).toBeVisible();
  });
});
