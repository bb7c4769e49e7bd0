import { expect, test, type Locator, type Page } from '@playwright/test';
import { HoldTimerMachine } from '../src/lib/timer';
import { buildPlan, type PlanStep } from '../src/lib/timer-plan';

// Pages from content/: a hold with reps and rest, a hold on each side, counted passes,
// an until-eases spot on each side, and a routine.
const HOLD = '/techniques/shoulder-grip-hold/';
const EACH_SIDE_HOLD = '/techniques/hips-glute-lacrosse-ball-floor/';
const PASSES = '/techniques/neck-line-trace/';
const UNTIL_EASES = '/techniques/shoulder-tennis-ball-wall/';
const ROUTINE = '/routines/daily-5-minute-scan/';

const button = (timer: Locator, name: string) => timer.getByRole('button', { name, exact: true });
const clockText = (timer: Locator) => timer.locator('[data-text="clock"]');

/** Installs the fake clock first, so the timer only ever sees fake time. */
async function open(page: Page, path: string): Promise<Locator> {
  await page.clock.install();
  await page.goto(path);
  const timer = page.locator('hold-timer');
  await expect(button(timer, 'Start').or(button(timer, 'Start routine'))).toBeVisible();
  return timer;
}

async function stepsOf(timer: Locator): Promise<PlanStep[]> {
  return JSON.parse((await timer.getAttribute('data-steps')) ?? '[]') as PlanStep[];
}

/** Seconds the plan takes when nothing is skipped (holds run to their upper value). */
function planSeconds(steps: PlanStep[]): number {
  return buildPlan(steps).segments.reduce((total, segment) => total + segment.seconds, 0);
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

/** The timer's state, phase and routine step in one round trip: the long journeys read them every fake second. */
function where(timer: Locator): Promise<{ state: string; phase: string; step: string }> {
  return timer.evaluate((element: HTMLElement) => ({
    state: element.dataset.state ?? '',
    phase: element.dataset.phase ?? '',
    step: element.querySelector('[data-text="step"]')?.textContent ?? '',
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

test.describe('hold timer', () => {
  test('runs a hold on each side from idle to done, through the side switch', async ({ page }) => {
    test.slow(); // a check every fake second for minutes: slow when the machine is busy
    const timer = await open(page, EACH_SIDE_HOLD);
    await expect(timer).toHaveAttribute('data-state', 'idle');
    const total = planSeconds(await stepsOf(timer));
    await button(timer, 'Start').click();
    await expect(timer).toHaveAttribute('data-state', 'lead-in');
    await expect(timer.getByText('Get into position')).toBeVisible();
    const seen: string[] = [];
    for (let second = 0; second <= total; second++) {
      const now = await where(timer);
      const state = `${now.state}/${now.phase}`;
      if (seen.at(-1) !== state) seen.push(state);
      if (state === 'resting/switch') await expect(timer.getByText('Switch sides')).toBeVisible();
      await page.clock.runFor(1000);
    }
    expect(seen).toContain('resting/switch');
    expect(seen.slice(0, 2)).toEqual(['lead-in/lead-in', 'running/hold']);
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

  test('a jump while hidden lands where the timer machine says, or on done', async ({ page }) => {
    const timer = await open(page, EACH_SIDE_HOLD);
    const machine = new HoldTimerMachine(buildPlan(await stepsOf(timer)));
    machine.start(0);
    const expected = machine.snapshot(150_000);
    await button(timer, 'Start').click();
    await setVisible(page, false);
    await page.clock.fastForward(150_000);
    await setVisible(page, true);
    await expect(timer).toHaveAttribute('data-phase', expected.phase);
    await expect(clockText(timer)).toHaveText(expected.labels.clock);
    await setVisible(page, false);
    await page.clock.fastForward('10:00');
    await setVisible(page, true);
    await expect(timer).toHaveAttribute('data-state', 'done');
  });

  test('the live region announces milestones only', async ({ page }) => {
    const timer = await open(page, HOLD);
    const steps = await stepsOf(timer);
    const said = await listen(page);
    await button(timer, 'Start').click();
    const total = planSeconds(steps);
    for (let second = 0; second <= total; second++) await page.clock.runFor(1000);
    await expect(timer).toHaveAttribute('data-state', 'done');
    // One announcement per moment a milestone happens, the newest when two coincide.
    const machine = new HoldTimerMachine(buildPlan(steps));
    machine.start(0);
    const expected: string[] = [];
    for (let t = 0; t <= total * 1000; t += 250) {
      const last = machine.snapshot(t).events.at(-1);
      if (last) expected.push(last.text);
    }
    expect(await said()).toEqual(expected);
    expect(expected.length).toBeLessThan(total / 5);
    expect(expected.at(-1)).toBe('All done. Well done.');
  });

  test('counted passes use a "Pass done" button instead of a countdown', async ({ page }) => {
    const timer = await open(page, PASSES);
    await button(timer, 'Start').click();
    await button(timer, 'Skip').click();
    await expect(timer).toHaveAttribute('data-phase', 'passes');
    const [step] = await stepsOf(timer);
    const passes = step?.dose.kind === 'passes' ? step.dose.passes.max : 0;
    for (let pass = 1; pass <= passes; pass++) await button(timer, 'Pass done').click();
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
  test('walks a whole routine in order to the finish screen', async ({ page }) => {
    test.slow(); // a check every fake second for minutes: slow when the machine is busy
    const timer = await open(page, ROUTINE);
    const steps = await stepsOf(timer);
    await button(timer, 'Start routine').click();
    const stepsSeen: string[] = [];
    for (let tick = 0; tick < 2000; tick++) {
      const { state, phase, step } = await where(timer);
      if (state === 'done') break;
      if (step && stepsSeen.at(-1) !== step) {
        stepsSeen.push(step);
        const current = steps[stepsSeen.length - 1];
        if (!current) throw new Error(`more steps shown than the routine has: ${step}`);
        await expect(timer.getByRole('link', { name: current.title })).toHaveAttribute('href', current.href ?? '');
        const next = steps[stepsSeen.length];
        await expect(timer.getByText(next ? `Next: ${next.title}` : 'Last one')).toBeVisible();
        await expect(timer.getByText(/^Time left: /)).toBeVisible();
      }
      if (phase === 'passes') await button(timer, 'Pass done').click();
      else if (phase === 'count-up') await button(timer, 'Done, it eased').click();
      else await page.clock.runFor(1000);
    }
    expect(stepsSeen).toEqual(steps.map((_, index) => `${index + 1} of ${steps.length}`));
    await expect(timer.getByRole('heading', { name: 'Routine done' })).toBeVisible();
  });

  test('"Skip technique" moves on to the next one', async ({ page }) => {
    const timer = await open(page, ROUTINE);
    await button(timer, 'Start routine').click();
    await button(timer, 'Skip technique').click();
    await expect(timer.locator('[data-text="step"]')).toHaveText(/^2 of /);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the dose shows as text and no control does', async ({ page }) => {
    await page.goto(HOLD);
    const timer = page.locator('hold-timer');
    await expect(timer.getByText(/^Hold \d/)).toBeVisible();
    await expect(timer.getByRole('button')).toHaveCount(0);
    await expect(timer.getByRole('checkbox')).toHaveCount(0);
  });

  test('a routine page shows no player', async ({ page }) => {
    await page.goto(ROUTINE);
    await expect(page.getByRole('button', { name: 'Start routine' })).toHaveCount(0);
    await expect(page.locator('hold-timer').getByRole('heading')).toHaveCount(0);
  });
});
