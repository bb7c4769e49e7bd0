/**
 * The hold timer on a Spanish page: the safety check, the countdown, what the live region
 * says, pause, and "Parar: me duele" with content/es/safety.json's words after it. Every word
 * the reader sees or hears is Spanish; the English journeys are in e2e/timer.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';

/** content/es/safety.json's words, which the Spanish page must show as written. */
const SEGURIDAD = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'content', 'es', 'safety.json'), 'utf8')) as {
    stopRule: string;
    afterStop: string;
    askFirst: string[];
    notHere: string[];
  }[]
)[0]!;

// 5 to 6 slow passes of 10 s, on the sore side, sitting in a chair: 5 s to get into position.
const TECNICA = '/es/techniques/neck-line-trace/';
const START = new Date('2026-06-01T08:00:00Z').getTime();

const button = (timer: Locator, name: string) => timer.getByRole('button', { name, exact: true });
const text = (timer: Locator, part: string) => timer.locator(`[data-text="${part}"]`);

/** A paused fake clock; unless `answered`, a device that has never answered the safety check. */
async function open(page: Page, { answered = false } = {}): Promise<Locator> {
  if (answered) await page.addInitScript(() => localStorage.setItem('safety-check', 'none-of-these'));
  await page.clock.install({ time: START });
  await page.clock.pauseAt(START + 1000);
  await page.goto(TECNICA);
  const timer = page.locator('hold-timer');
  await expect(button(timer, 'Empezar')).toBeEnabled();
  return timer;
}

/** Records what the live region says, one entry per change, from now on. */
async function listen(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    const live = document.querySelector('hold-timer [data-live]');
    if (!live) throw new Error('no live region');
    new MutationObserver((records) => {
      for (const record of records) record.addedNodes.forEach((node) => said.push(node.textContent ?? ''));
    }).observe(live, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { said: string[] }).said);
}

test('in Spanish: the safety question, the countdown and what it says, pause, and "Parar: me duele"', async ({
  page,
}) => {
  const timer = await open(page);
  const said = await listen(page);

  await test.step('before Start: the time to get into position and the line on when to stop', async () => {
    await expect(timer.getByText('Tiempo para ponerte en posición: 5 s')).toBeVisible();
    await expect(
      timer.getByText(
        'Para o afloja si el dolor se vuelve agudo, se corre hacia el brazo o te da hormigueo en la mano.',
      ),
    ).toBeVisible();
    await expect(timer.getByRole('group', { name: 'Avisos' })).toContainText('Sonido y vibración');
  });

  await test.step('the first Start asks the safety question, in Spanish, with the Spanish lists', async () => {
    await button(timer, 'Empezar').click();
    await expect(timer.getByRole('heading', { name: '¿Te aplica alguno de estos casos?' })).toBeFocused();
    await expect(timer.getByText(SEGURIDAD.askFirst[0]!)).toBeVisible();
    await expect(timer.getByText(SEGURIDAD.notHere[0]!)).toBeVisible();
    await expect(timer.getByRole('link', { name: 'la página de seguridad' })).toHaveAttribute(
      'href',
      '/es/safety/#timer-check',
    );
    await button(timer, 'Ninguno').click();
  });

  await test.step('the countdown: get into position, then the first slow pass, with its announcement', async () => {
    await expect(text(timer, 'heading')).toHaveText('Ponte en posición');
    await expect(text(timer, 'clock')).toHaveText('0:05');
    await expect(text(timer, 'detail')).toHaveText('Empieza por el lado que duele');
    await page.clock.runFor(5000);
    await expect(timer).toHaveAttribute('data-phase', 'passes');
    await expect(text(timer, 'heading')).toHaveText('Pasada lenta');
    await expect(text(timer, 'clock')).toHaveText('0:10');
    await expect(text(timer, 'detail')).toHaveText('El lado que duele. Pasada 1 de 6');
    await page.clock.runFor(3000);
    await expect(text(timer, 'clock')).toHaveText('0:07');
    expect(await said()).toEqual([
      'El lado que duele: empieza tu primera pasada lenta. Cada pasada dura 10 segundos; un tono suave marca el final.',
    ]);
    await page.clock.runFor(7000);
    await expect(text(timer, 'detail')).toHaveText('El lado que duele. Pasada 2 de 6');
    expect((await said()).at(-1)).toBe('Pasada 1 lista. Sigue directo con la pasada 2.');
  });

  await test.step('Pausa freezes the clock; Seguir is offered', async () => {
    await button(timer, 'Pausa').click();
    await expect(timer).toHaveAttribute('data-state', 'paused');
    await page.clock.runFor(20_000);
    await expect(text(timer, 'clock')).toHaveText('0:10');
    await expect(button(timer, 'Seguir')).toBeFocused();
    await expect(timer.getByText(SEGURIDAD.stopRule)).toBeVisible();
  });

  await test.step('"Parar: me duele" ends the session with what to do next, from content/es/safety.json', async () => {
    await button(timer, 'Parar: me duele').click();
    await expect(timer).toHaveAttribute('data-state', 'done');
    await expect(timer.getByRole('heading', { name: 'Paraste: fue lo correcto' })).toBeFocused();
    await expect(timer.getByText(SEGURIDAD.afterStop)).toBeVisible();
    await expect(
      timer.getByRole('link', { name: 'Revisa las señales de alarma que necesitan ayuda ya' }),
    ).toHaveAttribute('href', '/es/safety/#emergency');
  });
});

test('the Spanish page loads its timer with Spanish words only', async ({ page }) => {
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (/^\/_astro\/.+\.js$/.test(new URL(response.url()).pathname)) scripts.push(response.text());
  });
  const timer = await open(page);
  const code = (await Promise.all(scripts)).join('\n');
  expect(code).toContain('Quedan 10 segundos.');
  expect(code).toContain('es-US');
  expect(code).not.toMatch(/seconds left|press now|Left side/);
  await expect(timer.locator('script')).toHaveCount(0);
});

test('spoken cues use a Spanish voice, and stay silent where the device has none', async ({ page }) => {
  // The device's voices and what it is asked to say, from before the page's script runs.
  await page.addInitScript(() => {
    type Said = { text: string; lang: string; voice: string };
    const state = { voices: [] as { lang: string; name: string }[], spoken: [] as Said[] };
    (window as unknown as { speech: typeof state }).speech = state;
    class Utterance {
      lang = '';
      voice: { lang: string } | null = null;
      constructor(readonly text: string) {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => state.voices,
        cancel: () => undefined,
        speak: (utterance: Utterance) =>
          state.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.lang ?? '' }),
      },
    });
  });
  const timer = await open(page, { answered: true });
  await timer.getByRole('checkbox', { name: 'Decir los avisos en voz alta' }).check();
  const spoken = () =>
    page.evaluate(() => (window as unknown as { speech: { spoken: { text: string }[] } }).speech.spoken);

  await test.step('a device with only English voices says nothing: the cue shows on screen', async () => {
    await page.evaluate(() => {
      (window as unknown as { speech: { voices: { lang: string; name: string }[] } }).speech.voices.push({
        lang: 'en-US',
        name: 'English',
      });
    });
    await button(timer, 'Empezar').click();
    await page.clock.runFor(5000);
    await expect(text(timer, 'heading')).toHaveText('Pasada lenta');
    expect(await spoken()).toEqual([]);
  });

  await test.step('with a Spanish voice, the next cue is read in it', async () => {
    await page.evaluate(() => {
      (window as unknown as { speech: { voices: { lang: string; name: string }[] } }).speech.voices.push({
        lang: 'es-MX',
        name: 'Español',
      });
    });
    await page.clock.runFor(10_000);
    expect(await spoken()).toEqual([
      { text: 'Pasada 1 lista. Sigue directo con la pasada 2.', lang: 'es-US', voice: 'es-MX' },
    ]);
  });
});
