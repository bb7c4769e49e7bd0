import { expect, test, type Locator, type Page } from '@playwright/test';

// Pages from content/, with the doses the expected values below come from:
// shoulder-grip-hold: hold 10-15 s, 3 times, 10 s rest, one side.
// hips-glute-lacrosse-ball-floor: hold 30-60 s, twice, 10 s rest, each side.
// neck-line-trace: 5-6 slow passes. shoulder-tennis-ball-wall: until it eases, 2-5 min, each side.
// The timer opens with a 5 s lead-in and counts a range down from its upper value.
const HOLD = '/techniques/shoulder-grip-hold/';
const EACH_SIDE_HOLD = '/techniques/hips-glute-lacrosse-ball-floor/';
const PASSES = '/techniques/neck-line-trace/';
const UNTIL_EASES = '/techniques/shoulder-tennis-ball-wall/';
const ROUTINE = '/routines/daily-5-minute-scan/';

const button = (timer: Locator, name: string) => timer.getByRole('button', { name, exact: true });
const clockText = (timer: Locator) => timer.locator('[data-text="clock"]');

const START = new Date('2026-06-01T08:00:00Z').getTime();

/** Installs a paused fake clock first, so the timer only ever sees the time the test gives it. */
async function open(page: Page, path: string): Promise<Locator> {
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
    title: element.querySelector('[data-link]')?.textContent ?? '',
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
  'Press now and hold for 10 to 15 seconds.',
  'Hold 1 of 3 done. Rest 10 seconds.',
  'Hold 2 of 3 done. Rest 10 seconds.',
  'All done. Well done.',
];

test.describe('hold timer', () => {
  test('runs a hold on each side from idle to done, through the side switch', async ({ page }) => {
    const timer = await open(page, EACH_SIDE_HOLD);
    await expect(timer).toHaveAttribute('data-state', 'idle');
    await button(timer, 'Start').click();
    await expect(timer.getByText('Get into position')).toBeVisible();
    await expect(clockText(timer)).toHaveText('0:05');
    await after(page, timer, 5, 'running', 'hold', '1:00'); // side 1, hold 1 of 2
    await after(page, timer, 5, 'running', 'hold', '0:55');
    await after(page, timer, 55, 'resting', 'rest', '0:10');
    await after(page, timer, 10, 'running', 'hold', '1:00'); // side 1, hold 2 of 2
    await after(page, timer, 60, 'resting', 'switch', '0:10');
    await expect(timer.getByText('Switch sides')).toBeVisible();
    await after(page, timer, 10, 'running', 'hold', '1:00'); // side 2
    await after(page, timer, 60, 'resting', 'rest', '0:10');
    await after(page, timer, 10, 'running', 'hold', '1:00');
    await page.clock.runFor(60_000); // 275 s in all
    await expect(timer).toHaveAttribute('data-state', 'done');
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
    await page.clock.runFor(6000); // 5 s lead-in, then 1 s on the spot
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
    await page.clock.fastForward(150_000);
    await setVisible(page, true);
    // 5 s lead-in, side 1 (60 + 10 + 60 s), 10 s to switch: 150 s is 5 s into side 2's first hold.
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

  test('counted passes use a "Pass done" button instead of a countdown', async ({ page }) => {
    const timer = await open(page, PASSES);
    await button(timer, 'Start').click();
    await button(timer, 'Skip').click();
    await expect(timer).toHaveAttribute('data-phase', 'passes');
    for (let pass = 1; pass <= 5; pass++) await button(timer, 'Pass done').click();
    await expect(timer, 'the dose is 5-6 passes: the sixth is still offered').toHaveAttribute('data-phase', 'passes');
    await button(timer, 'Pass done').click();
    await expect(timer).toHaveAttribute('data-state', 'done');
  });

  test('"Stop - it hurts" ends the session and says what to do next', async ({ page }) => {
    const timer = await open(page, HOLD);
    await button(timer, 'Start').click();
    await page.clock.runFor(7000);
    await button(timer, 'Stop - it hurts').click();
    await expect(timer).toHaveAttribute('data-state', 'done');
    await expect(timer.getByRole('heading', { name: /You stopped/ })).toBeFocused();
    await expect(timer.getByText(/let the pain settle/i)).toBeVisible();
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
    // Every step opens with at least 15 s to get into position, so a look every 5 s sees each one.
    for (let tick = 0; tick < 400; tick++) {
      const { state, phase, step, title } = await where(timer);
      if (state === 'done') break;
      if (step && seen.at(-1) !== title) {
        seen.push(title);
        await expect(timer.locator('[data-text="step"]')).toHaveText(`${seen.length} of 5`);
        await expect(timer.getByText(STEPS[seen.length] ? `Next: ${STEPS[seen.length]}` : 'Last one')).toBeVisible();
        await expect(timer.getByText(/^Time left: /)).toBeVisible();
      }
      if (phase === 'passes') await button(timer, 'Pass done').click();
      else await page.clock.runFor(5000);
    }
    expect(seen).toEqual(STEPS);
    await expect(timer.getByRole('heading', { name: 'Routine done' })).toBeVisible();
  });

  test('"Skip technique" moves on to the next one', async ({ page }) => {
    const timer = await open(page, ROUTINE);
    await button(timer, 'Start routine').click();
    await button(timer, 'Skip technique').click();
    await expect(timer.locator('[data-text="step"]')).toHaveText('2 of 5');
    await expect(timer.locator('[data-link]')).toHaveText('Shoulders: grip and thumb hold');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the dose shows as text and no control does', async ({ page }) => {
    await page.goto(HOLD);
    const timer = page.locator('hold-timer');
    await expect(timer.getByText('Hold 10-15 s, 3 times, resting 10 s between.')).toBeVisible();
    await expect(timer.getByRole('button')).toHaveCount(0);
    await expect(timer.getByRole('checkbox')).toHaveCount(0);
  });

  test('a routine page shows no player', async ({ page }) => {
    await page.goto(ROUTINE);
    await expect(page.getByRole('button', { name: 'Start routine' })).toHaveCount(0);
    await expect(page.locator('hold-timer').getByRole('heading')).toHaveCount(0);
  });
});
