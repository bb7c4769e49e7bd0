import { expect, test } from '@playwright/test';

const NECK_LINE_TRACE = {
  position:
    'Posición: sentado con la espalda recta en una silla, visto de espaldas; el pulgar en la parte de atrás del cuello, justo debajo del cráneo, del lado izquierdo. Desliza despacio desde la parte de atrás del cuello, justo debajo del cráneo, hasta la base del cuello.',
  closeUp:
    'Dónde presionar: una línea desde la parte de atrás del cuello, justo debajo del cráneo, hasta la base del cuello, del lado izquierdo, en un dibujo del cuerpo visto de espaldas.',
};

test.describe('the pictures and the body map in Spanish, on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const colorScheme of ['light', 'dark'] as const)
    test(`a technique's two pictures are named and captioned in Spanish, and the captions fit (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/es/techniques/neck-line-trace/');
      const figure = page.locator('[data-pictures]');
      await expect(figure.getByRole('img', { name: NECK_LINE_TRACE.position, exact: true })).toBeVisible();
      await expect(figure.getByRole('img', { name: NECK_LINE_TRACE.closeUp, exact: true })).toBeVisible();
      await expect(figure.locator('.cap')).toHaveText([
        'La posición, de espaldas',
        'Dónde presionar, vista de espaldas (lado\u00a0izquierdo)',
      ]);
      await expect(page.getByRole('img', { name: 'Mapa del cuerpo con esta zona marcada: Cuello' })).toBeVisible();
      const overflow = await figure.evaluate((element) => ({
        page: document.documentElement.scrollWidth - window.innerWidth,
        captions: [...element.querySelectorAll('.cap')].map((cap) => {
          const [own, pic] = [cap.getBoundingClientRect(), cap.closest('.pic')!.getBoundingClientRect()];
          return Math.max(cap.scrollWidth - cap.clientWidth, own.right - pic.right, pic.left - own.left);
        }),
      }));
      expect(overflow.page, 'page wider than the phone').toBeLessThanOrEqual(0);
      for (const over of overflow.captions) expect(over, 'caption wider than its picture').toBeLessThanOrEqual(1);
    });

  test('the chooser names the map, its views and its areas in Spanish, and a tap opens the Spanish area', async ({
    page,
  }) => {
    await page.goto('/es/');
    await expect(page.getByRole('heading', { name: '¿Dónde te duele?' })).toBeVisible();
    const map = page.getByRole('group', { name: 'Mapa del cuerpo, de frente y de espaldas' });
    await map.scrollIntoViewIfNeeded();
    // Each view's label sits inside the map, under its own figure, the two apart.
    const labels = await map.locator('text').evaluateAll((texts) =>
      texts.map((text) => {
        const box = text.getBoundingClientRect();
        return { text: text.textContent, left: box.left, right: box.right };
      }),
    );
    const frame = (await map.boundingBox())!;
    expect(labels.map((label) => label.text)).toEqual(['De frente', 'De espaldas']);
    expect(labels[0]!.left).toBeGreaterThanOrEqual(frame.x);
    expect(labels[0]!.right).toBeLessThan(labels[1]!.left);
    expect(labels[1]!.right).toBeLessThanOrEqual(frame.x + frame.width);
    await expect(page.getByRole('navigation', { name: 'Zonas del cuerpo' }).getByRole('link')).toHaveCount(11);
    await map.getByRole('link', { name: 'Cuello', exact: true }).click();
    await expect(page).toHaveURL(/\/es\/areas\/neck\/$/);
  });
});
