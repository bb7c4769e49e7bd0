/**
 * A Spanish technique on paper: the same sheet as the English (e2e/print.spec.ts), in Spanish
 * words, on one sheet of A4 and of Letter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { printedSheets } from './support/print';

const SEGURIDAD = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'content', 'es', 'safety.json'), 'utf8')) as {
    stopRule: string;
    levels: Record<string, { heading: string }>;
  }[]
)[0]!;

// Among the longest Spanish technique pages: three holds, a check-first box on screen, many signs.
const TECNICA = '/es/techniques/shoulder-grip-hold/';

test('a printed Spanish technique keeps its steps, dose, pictures, signs and address in Spanish, on one sheet', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 100 }); // shorter than the page, so the page sets the height
  await page.goto(TECNICA);
  await page.emulateMedia({ media: 'print' });

  await test.step('the timer is left out; the steps, the at-a-glance facts and the pictures stay', async () => {
    await expect(page.getByRole('heading', { name: 'Temporizador' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Imprimir' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Pasos' })).toBeVisible();
    const glance = page.locator('main .glance');
    for (const fact of ['Sirve para', 'Herramienta', 'Posición', 'Presión', 'Dosis', 'Tiempo'])
      await expect(glance.getByText(fact, { exact: true })).toBeVisible();
    await expect(glance.locator('[data-dose]')).toHaveText(
      'Mantén 10 a 15 s, 3 veces, con 10 s de descanso entre una y otra.',
    );
    await expect(glance).toContainText('Para en 7 de 10, y de inmediato si el dolor se vuelve agudo o punzante.');
    for (const picture of await page.locator('[data-pictures]').getByRole('img').all())
      await expect(picture).toBeVisible();
  });

  await test.step('the safety line and the emergency signs print in Spanish', async () => {
    await expect(page.locator('[data-safety-callout]')).toContainText(SEGURIDAD.stopRule);
    await expect(page.locator('[data-area-warnings] [data-urgency="emergency"]')).toContainText(
      SEGURIDAD.levels['emergency']!.heading,
    );
  });

  await test.step('the last line gives the Spanish address', async () => {
    await expect(
      page.getByText(
        new RegExp(`^Alivia tus músculos: encuentra esta técnica y su temporizador en (https?://[^ ]+)?${TECNICA}$`),
      ),
    ).toBeVisible();
  });

  await test.step('it fits one sheet of A4 and one of Letter, like the English', async () => {
    expect(await printedSheets(page)).toEqual({ A4: 1, Letter: 1 });
  });
});
