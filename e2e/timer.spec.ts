import { expect, test, type Locator, type Page } from '@playwright/test';
import { pageWith, routineStepWith, techniqueWith } from './support/doses';
import { SAFETY } from './support/safety';

// Each journey asks for the dose and position its expected values are written for, and opens
// whichever technique has them (e2e/support/doses.ts). The timer counts a range down from its
// upper value and runs the upper count of passes; the lead-in is 15 s on the floor, 10 s at a
// wall, 5 s on a chair.
const HOLD = pageWith({
  dose: { kind: 'hold', seconds: { min: 10, max: 15 }, reps: 3, sides: 'one', restSeconds: 10 },
  support: 'chair',
});
const EACH_SIDE_HOLD = pageWith({
  dose: { kind: 'hold', seconds: { min: 30, max: 60 }, reps: 2, sides: 'each', restSeconds: 10 },
  support: 'floor',
});
const PASSES = pageWith({
  dose: { kind: 'passes', passes: { min: 5, max: 6 }, secondsPerPass: 10, sides: 'one' },
  support: 'chair',
});
const ROLLER = pageWith({
  dose: { kind: 'passes', passes: { min: 5, max: 6 }, secondsPerPass: 10, sides: 'each' },
  support: 'floor',
});
const UNTIL_EASES = pageWith({ dose: { kind: 'until-eases', sides: 'each' }, support: 'wall' });
const SHORT_EASES = pageWith({
  dose: { kind: 'until-eases', seconds: { min: 60, max: 120 }, sides: 'one' },
  support: 'floor',
});
// A one-minute hold, then steps the timer names and leaves to the reader.
const PRESS_AND_ROLL = techniqueWith({
  dose: { kind: 'hold', seconds: 60, reps: 1, sides: 'one', untimed: { steps: { min: 4, max: 6 } } },
  support: 'chair',
});
// A routine step of until-eases, 60 to 120 s, each side, at a wall.
const EASES_IN_ROUTINE = routineStepWith({
  dose: { kind: 'until-eases', seconds: { min: 60, max: 120 }, sides: 'each' },
  support: 'wall',
});
// The line beside Start reads on from this first sign to stop.
const ARM_STOP_SIGN = pageWith({
  dose: { kind: 'hold', seconds: { min: 10, max: 15 }, reps: 3, sides: 'one', restSeconds: 10 },
  support: 'chair',
  firstStopIf: 'The pain turns sharp or shoots down your arm.',
});
const ROUTINE = '/routines/daily-5-minute-scan/';

const button = (timer: Locator, name: string) => timer.getByRole('button', { name, exact: true });
const clockText = (timer: Locator) => timer.locator('[data-text="clock"]');
const detailText = (timer: Locator) => timer.locator('[data-text="detail"]');

const START = new Date('2026-06-01T08:00:00Z').getTime();

/**
 * Installs a paused fake clock first, so the timer only ever sees the time the test gives it.
 * Unless `answered` is false, the device has already answered the safety check "None of these".
 */
async function open(page: Page, path: string, { answered = true } = {}): Promise<Locator> {
  if (answered) await page.addInitScript(() => localStorage.setItem('safety-check', 'none-of-these'));
  await page.clock.install({ time: START });
  await page.clock.pauseAt(START + 1000);
  await page.goto(path);
  const timer = page.locator('hold-timer');
  await expect(button(timer, 'Start').or(button(timer, 'Start routine'))).toBeEnabled();
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

/** The timer's state, phase, routine step and title in one round trip. */
function where(timer: Locator): Promise<{ state: string; phase: string; step: string; title: string }> {
  return timer.evaluate((element: HTMLElement) => ({
    state: element.dataset.state ?? '',
    phase: element.dataset.phase ?? '',
    step: element.querySelector('[data-text="step"]')?.textContent ?? '',
    title: element.querySelector('[data-text="title"]')?.textContent ?? '',
  }));
}

/** Hides or shows the tab the way a locked phone or a background tab would tell the page. */
async function setVisible(page: Page, visible: boolean): Promise<void> {
  await page.evaluate((shown) => {
    Object.defineProperty(document, 'visibilityState', { value: shown ? 'visible' : 'hidden', configurable: true });
    Object.defineProperty(document, 'hidden', { value: !shown, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, visible);
}

/** Moves fake time on by `seconds`, then expects the timer in `state`/`phase` showing `clock`. */
async function after(page: Page, timer: Locator, seconds: number, state: string, phase: string, clock: string) {
  await page.clock.runFor(seconds * 1000);
  await expect(timer, `after ${seconds} s`).toHaveAttribute('data-state', state);
  await expect(timer).toHaveAttribute('data-phase', phase);
  await expect(clockText(timer)).toHaveText(clock);
}

/** What a screen reader hears over shoulder-grip-hold's whole dose: milestones, never every second. */
const EXPECTED_ANNOUNCEMENTS = [
  'Your sore side: press now and hold for 10 to 15 seconds.',
  'Hold 1 of 3 done. Rest 10 seconds.',
  'Hold 2 of 3 done. Rest 10 seconds.',
  'All done. Well done.',
];

test.describe('hold timer', () => {
  test('runs a hold on each side from idle to done, left side then right side by name', async ({ page }) => {
    const timer = await open(page, EACH_SIDE_HOLD);
    const said = await listen(page);
    await expect(timer).toHaveAttribute('data-state', 'idle');
    await button(timer, 'Start').click();
    await expect(timer.getByText('Get into position', { exact: true })).toBeVisible();
    await expect(clockText(timer)).toHaveText('0:15');
    await expect(detailText(timer)).toHaveText('Start with your left side');
    await after(page, timer, 15, 'running', 'hold', '1:00'); // left side, hold 1 of 2
    await expect(detailText(timer)).toHaveText('Left side. Hold 1 of 2. Aim for 30-60 s');
    await after(page, timer, 5, 'running', 'hold', '0:55');
    await after(page, timer, 55, 'resting', 'rest', '0:10');
    await after(page, timer, 10, 'running', 'hold', '1:00'); // left side, hold 2 of 2
    await after(page, timer, 60, 'resting', 'switch', '0:10');
    await expect(timer.getByText('Switch sides')).toBeVisible();
    await expect(detailText(timer)).toHaveText('Next: your right side');
    await after(page, timer, 10, 'running', 'hold', '1:00'); // right side
    await expect(detailText(timer)).toHaveText('Right side. Hold 1 of 2. Aim for 30-60 s');
    await after(page, timer, 60, 'resting', 'rest', '0:10');
    await after(page, timer, 10, 'running', 'hold', '1:00');
    await page.clock.runFor(60_000); // 285 s in all
    await expect(timer).toHaveAttribute('data-state', 'done');
    expect(await said()).toEqual([
      'Left side: press now and hold for 30 to 60 seconds.',
      '10 seconds left.',
      'Hold 1 of 2 done. Rest 10 seconds.',
      '10 seconds left.',
      'Switch to your right side.',
      'Right side: press now and hold for 30 to 60 seconds.',
      '10 seconds left.',
      'Hold 1 of 2 done. Rest 10 seconds.',
      '10 seconds left.',
      'All done. Well done.',
    ]);
    await expect(timer.getByRole('heading', { name: 'Done' })).toBeVisible();
    await expect(button(timer, 'Pause')).toBeHidden();
    await expect(button(timer, 'Reset')).toBeVisible();
  });

  test('pause freezes the display, and resume carries on', async ({ page }) => {
    const timer = await open(page, HOLD);
    await button(timer, 'Start').click();
    await page.clock.runFor(8000);
    await button(timer, 'Pause').click();
    await expect(timer).toHaveAttribute('data-state', 'paused');
    const frozen = await clockText(timer).textContent();
    await page.clock.runFor(30_000);
    await expect(clockText(timer)).toHaveText(frozen ?? '');
    await expect(button(timer, 'Resume')).toBeFocused();
    await button(timer, 'Resume').click();
    await expect(timer).toHaveAttribute('data-state', 'running');
    await page.clock.runFor(2000);
    await expect(clockText(timer)).not.toHaveText(frozen ?? '');
  });

  test('a 10-minute jump while hidden resumes at the right place', async ({ page }) => {
    const timer = await open(page, UNTIL_EASES);
    await button(timer, 'Start').click();
    await page.clock.runFor(11_000); // 10 s lead-in at a wall, then 1 s on the spot
    await setVisible(page, false);
    await page.clock.fastForward('10:00');
    await setVisible(page, true);
    // Until-eases never forces an end: still on the first side, counting up.
    await expect(timer).toHaveAttribute('data-phase', 'count-up');
    await expect(clockText(timer)).toHaveText('10:01');
    await expect(button(timer, 'Done, it eased')).toBeVisible();
  });

  test('a jump while hidden lands on the right hold and second, or on done', async ({ page }) => {
    const timer = await open(page, EACH_SIDE_HOLD);
    await button(timer, 'Start').click();
    await setVisible(page, false);
    await page.clock.fastForward(160_000);
    await setVisible(page, true);
    // 15 s lead-in, left side (60 + 10 + 60 s), 10 s to switch: 160 s is 5 s into the right side's first hold.
    await expect(timer).toHaveAttribute('data-phase', 'hold');
    await expect(clockText(timer)).toHaveText('0:55');
    await setVisible(page, false);
    await page.clock.fastForward('10:00');
    await setVisible(page, true);
    await expect(timer).toHaveAttribute('data-state', 'done');
  });

  test('the live region announces milestones only', async ({ page }) => {
    const timer = await open(page, HOLD);
    const said = await listen(page);
    await button(timer, 'Start').click();
    await page.clock.runFor(70_000); // 5 s lead-in, 3 holds of 15 s, 2 rests of 10 s: 70 s
    await expect(timer).toHaveAttribute('data-state', 'done');
    expect(await said()).toEqual(EXPECTED_ANNOUNCEMENTS);
  });

  test('a foam roller dose runs all its passes on both sides with no tap', async ({ page }) => {
    const timer = await open(page, ROLLER);
    await button(timer, 'Start').click();
    await after(page, timer, 15, 'running', 'passes', '0:10');
    await expect(detailText(timer)).toHaveText('Left side. Pass 1 of 6');
    await after(page, timer, 10, 'running', 'passes', '0:10');
    await expect(detailText(timer)).toHaveText('Left side. Pass 2 of 6');
    await after(page, timer, 40, 'running', 'passes', '0:10');
    await expect(detailText(timer)).toHaveText('Left side. Pass 6 of 6, if you like');
    await after(page, timer, 10, 'resting', 'switch', '0:10');
    await after(page, timer, 10, 'running', 'passes', '0:10');
    await expect(detailText(timer)).toHaveText('Right side. Pass 1 of 6');
    await page.clock.runFor(60_000); // 15 + 60 + 10 + 60 = 145 s in all
    await expect(timer).toHaveAttribute('data-state', 'done');
  });

  test('"Pass done" still counts a pass early', async ({ page }) => {
    const timer = await open(page, PASSES);
    await button(timer, 'Start').click();
    await after(page, timer, 7, 'running', 'passes', '0:08');
    await button(timer, 'Pass done').click();
    await expect(detailText(timer)).toHaveText('Your sore side. Pass 2 of 6');
    await expect(clockText(timer)).toHaveText('0:10');
  });

  test('a floor technique gives its full 15 s to get into position, shown before Start, changed and remembered', async ({
    page,
  }) => {
    const timer = await open(page, EACH_SIDE_HOLD);
    await expect(timer.getByText('Time to get into position: 15 s')).toBeVisible();
    await button(timer, 'Start').click();
    await after(page, timer, 14, 'lead-in', 'lead-in', '0:01');
    await after(page, timer, 1, 'running', 'hold', '1:00');
    await button(timer, 'Pause').click();
    await button(timer, 'Reset').click();
    await timer.getByRole('button', { name: '+5 s' }).click();
    await expect(timer.getByText('Time to get into position: 20 s')).toBeVisible();
    await page.reload();
    await expect(timer.getByText('Time to get into position: 20 s')).toBeVisible();
    await button(timer, 'Start').click();
    await expect(clockText(timer)).toHaveText('0:20');
  });

  test('"Stop - it hurts" stays in view on a phone at every second of a dose', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const timer = await open(page, HOLD);
    await button(timer, 'Start').click();
    await page.evaluate(() => window.scrollTo(0, 0)); // the timer itself scrolled away, above the fold
    const stop = button(timer, 'Stop - it hurts');
    // 5 s lead-in, 3 holds of 15 s, 2 rests of 10 s: 70 s.
    for (let second = 0; second < 70; second++) {
      await expect(stop, `at ${second} s`).toBeInViewport({ ratio: 1 });
      await page.clock.runFor(1000);
    }
    await expect(timer).toHaveAttribute('data-state', 'done');
    await expect(stop).toBeHidden();
  });

  test('"Stop - it hurts" ends the session and says what to do next', async ({ page }) => {
    const timer = await open(page, HOLD);
    await button(timer, 'Start').click();
    await page.clock.runFor(7000);
    await expect(timer.getByText(SAFETY.stopRule)).toBeVisible();
    await button(timer, 'Stop - it hurts').click();
    await expect(timer).toHaveAttribute('data-state', 'done');
    await expect(timer.getByRole('heading', { name: /You stopped/ })).toBeFocused();
    await expect(timer.getByText(SAFETY.afterStop)).toBeVisible();
    await expect(timer.getByText(/Leave that spot for today/)).toBeVisible();
    await expect(timer.getByRole('link', { name: 'Check the warning signs that need help now' })).toHaveAttribute(
      'href',
      '/safety/#emergency',
    );
  });

  test('works from the keyboard, with tap targets of at least 48 px', async ({ page }) => {
    const timer = await open(page, HOLD);
    await button(timer, 'Start').focus();
    await page.keyboard.press('Enter');
    await expect(button(timer, 'Pause')).toBeFocused();
    for (const control of await timer.getByRole('button').all()) {
      const box = await control.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(48);
      expect(box?.width).toBeGreaterThanOrEqual(48);
    }
  });
});

test.describe('the timer on the floor', () => {
  test('at the top of an until-eases target, it cues and says to ease off', async ({ page }) => {
    const timer = await open(page, SHORT_EASES);
    const said = await listen(page);
    await button(timer, 'Start').click();
    await after(page, timer, 15 + 119, 'running', 'count-up', '1:59');
    await expect(timer.getByText('Stay until it eases', { exact: true })).toBeVisible();
    await after(page, timer, 1, 'running', 'count-up', '2:00');
    await expect(timer).toHaveAttribute('data-flash', 'ease-off');
    await expect(timer.getByText('Time to ease off', { exact: true })).toBeVisible();
    await expect(detailText(timer)).toHaveText('Your sore side. Ease off now');
    expect((await said()).at(-1)).toBe('Time to ease off the spot.');
    // On its own page the reader ends it.
    await page.clock.runFor(60_000);
    await expect(timer).toHaveAttribute('data-phase', 'count-up');
    await button(timer, 'Done, it eased').click();
    await expect(timer).toHaveAttribute('data-state', 'done');
  });

  test('in a routine, the player moves on after the grace period, unless asked for a little longer', async ({
    page,
  }) => {
    const { page: path, step, steps } = EASES_IN_ROUTINE;
    const timer = await open(page, path);
    await button(timer, 'Start routine').click();
    for (let skipped = 1; skipped < step; skipped++) await button(timer, 'Skip this technique').click();
    await expect(timer.locator('[data-text="step"]')).toHaveText(`${step} of ${steps}`);
    await after(page, timer, 15 + 120, 'running', 'count-up', '2:00');
    await expect(detailText(timer)).toHaveText('Left side. Ease off now. Moving on in 15 s');
    await expect(button(timer, 'A little longer')).toBeVisible();
    await after(page, timer, 15, 'resting', 'switch', '0:10');
    await expect(button(timer, 'A little longer')).toBeHidden();
    // The right side: this time the reader stays a little longer.
    await after(page, timer, 10 + 125, 'running', 'count-up', '2:05');
    await button(timer, 'A little longer').click();
    await expect(button(timer, 'A little longer')).toBeHidden();
    await after(page, timer, 60, 'running', 'count-up', '3:05');
    await expect(detailText(timer)).toHaveText('Right side. Ease off now');
    await button(timer, 'Done, it eased').click();
    await expect(timer.locator('[data-text="step"]')).toHaveText(`${step + 1} of ${steps}`);
  });

  test('a technique with untimed steps names them before "Done", and waits for the reader', async ({ page }) => {
    const timer = await open(page, `/techniques/${PRESS_AND_ROLL.id}/`);
    const untimed = (PRESS_AND_ROLL.dose['untimed'] as { text: string }).text;
    const said = await listen(page);
    await button(timer, 'Start').click();
    await after(page, timer, 5 + 60, 'running', 'untimed', '0:00');
    await expect(timer.getByText('At your own pace', { exact: true })).toBeVisible();
    await expect(detailText(timer)).toHaveText(`Now do steps 4 to 6. ${untimed}`);
    expect((await said()).at(-1)).toBe(`Done. Now do steps 4 to 6. ${untimed}`);
    await page.clock.runFor(120_000);
    await expect(timer).toHaveAttribute('data-phase', 'untimed');
    await button(timer, 'Finished').click();
    await expect(timer.getByRole('heading', { name: 'Done' })).toBeVisible();
  });

  test('on a phone, the line under the digits reads at 28 px or more, and the stop line sits by Start', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const timer = await open(page, ARM_STOP_SIGN);
    const stopLine = timer.getByText('Stop or ease off if the pain turns sharp or shoots down your arm.');
    await expect(stopLine).toBeVisible();
    const startBox = await button(timer, 'Start').boundingBox();
    const lineBox = await stopLine.boundingBox();
    expect(Math.abs((lineBox?.y ?? 0) - (startBox?.y ?? 0))).toBeLessThan(120);
    await expect(timer.getByText('The timer needs JavaScript.', { exact: false })).toBeHidden();
    await button(timer, 'Start').click();
    await expect(stopLine).toBeHidden();
    const size = await detailText(timer).evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
  });
});

test.describe('routine player', () => {
  const STEPS = [
    'Neck: trace the line of pain',
    'Shoulders: grip and thumb hold',
    'Lower back: two tennis balls at a wall',
    'Hips: tennis ball on your buttock at a wall',
    'Feet: press a sore spot in the sole with your thumb',
  ];

  test('walks a whole routine in order to the finish screen', async ({ page }) => {
    const timer = await open(page, ROUTINE);
    await button(timer, 'Start routine').click();
    const seen: string[] = [];
    // Every later step opens with 15 s to get into position and lasts 30 s at least, so a look every 15 s sees each one.
    for (let tick = 0; tick < 40; tick++) {
      const { state, phase, step, title } = await where(timer);
      if (state === 'done') break;
      if (step && seen.at(-1) !== title) {
        seen.push(title);
        await expect(timer.locator('[data-text="step"]')).toHaveText(`${seen.length} of 5`);
        await expect(timer.getByText(STEPS[seen.length] ? `Next: ${STEPS[seen.length]}` : 'Last one')).toBeVisible();
        await expect(timer.getByText(/^Time left: /)).toBeVisible();
      }
      if (phase === 'idle') throw new Error('the routine did not start');
      await page.clock.runFor(15_000); // passes run by time: no tap anywhere
    }
    expect(seen).toEqual(STEPS);
    await expect(timer.getByRole('heading', { name: 'Routine done' })).toBeVisible();
  });

  test("shows the current technique's picture and steps, and one Skip control moves on to the next", async ({
    page,
  }) => {
    const timer = await open(page, ROUTINE);
    await button(timer, 'Start routine').click();
    const now = timer.locator('[data-now]');
    const picture = now.getByRole('img');
    await expect(picture).toBeVisible();
    await expect(picture).toHaveAttribute('aria-label', /^Position: /);
    const firstPosition = (await picture.getAttribute('aria-label')) ?? '';
    await expect(now.locator('ol li').first()).toHaveText('Sit up tall.');
    await expect(timer.getByRole('button', { name: /skip/i })).toHaveCount(1);
    await button(timer, 'Skip this technique').click();
    await expect(picture).toBeVisible();
    await expect(picture).not.toHaveAttribute('aria-label', firstPosition);
    await expect(timer.locator('[data-text="step"]')).toHaveText('2 of 5');
    await expect(timer.locator('[data-text="title"]')).toHaveText('Shoulders: grip and thumb hold');
    await expect(now.locator('ol li').first()).toHaveText('Sit or stand tall and let your sore shoulder drop.');
    await expect(timer.getByText('Next: Lower back: two tennis balls at a wall')).toBeVisible();
  });

  test('"Mark today as done" shows on the routine page and the home page after a reload, and "Forget" clears it', async ({
    page,
  }) => {
    const timer = await open(page, ROUTINE);
    await button(timer, 'Start routine').click();
    for (let step = 1; step <= 5; step++) await button(timer, 'Skip this technique').click();
    await expect(timer.getByRole('heading', { name: 'Routine done' })).toBeVisible();
    await button(timer, 'Mark today as done').click();
    await expect(timer.getByText('Today is marked as done.')).toBeVisible();
    // 2026-06-01 is a Monday: the strip's last box.
    const today = page.locator('days-strip li').last();
    await expect(today).toHaveAttribute('data-done', '');
    await page.reload();
    await expect(today).toHaveAttribute('data-done', '');
    await page.goto('/');
    await expect(today).toHaveText('Montoday, done');
    await expect(page.locator('days-strip li[data-done]')).toHaveCount(1);
    await page.getByRole('button', { name: 'Forget my history' }).click();
    await expect(page.getByText('Your history is forgotten.')).toBeVisible();
    await page.reload();
    await expect(today).toHaveText('Montoday, not done');
    await expect(page.locator('days-strip li[data-done]')).toHaveCount(0);
  });
});

test.describe('the safety check before the first Start', () => {
  test('asks once; "None of these" starts the timer, is remembered, and /safety/ can take it back', async ({
    page,
  }) => {
    const timer = await open(page, HOLD, { answered: false });
    await button(timer, 'Start').click();
    await expect(timer.getByRole('heading', { name: 'Do any of these apply to you?' })).toBeFocused();
    await expect(timer.getByText('take blood thinners (medicine that slows blood clotting)')).toBeVisible();
    await expect(timer).toHaveAttribute('data-state', 'idle');
    await button(timer, 'None of these').click();
    await expect(timer).toHaveAttribute('data-state', 'lead-in');
    await expect(button(timer, 'Pause')).toBeFocused();
    await page.reload();
    await button(timer, 'Start').click();
    await expect(timer).toHaveAttribute('data-state', 'lead-in');
    await expect(timer.getByRole('heading', { name: 'Do any of these apply to you?' })).toBeHidden();
    await page.goto('/safety/');
    await expect(page.getByText('You told the timer that none of the conditions above apply to you')).toBeVisible();
    await page.getByRole('button', { name: 'Ask me again' }).click();
    await expect(page.getByText('The timer has not asked you yet on this device.')).toBeVisible();
    await page.goto(HOLD);
    await button(timer, 'Start').click();
    await expect(timer.getByRole('heading', { name: 'Do any of these apply to you?' })).toBeVisible();
  });

  test('"One applies" does not start the timer and says what to do', async ({ page }) => {
    const timer = await open(page, HOLD, { answered: false });
    await button(timer, 'Start').click();
    await button(timer, 'One applies').click();
    await expect(timer.getByRole('heading', { name: 'Ask first, before you start' })).toBeFocused();
    await expect(timer.getByText(SAFETY.askFirstAnswer)).toBeVisible();
    await expect(timer.getByText(/^Then do not start yet\./)).toBeVisible();
    await expect(timer.getByRole('link', { name: 'Read more before you start' })).toHaveAttribute(
      'href',
      '/safety/#before-you-start',
    );
    await page.clock.runFor(10_000);
    await expect(timer).toHaveAttribute('data-state', 'idle');
    await button(timer, 'Back').click();
    await expect(button(timer, 'Start')).toBeFocused();
    await button(timer, 'Start').click();
    await expect(timer.getByRole('heading', { name: 'Do any of these apply to you?' })).toBeVisible();
  });
});
