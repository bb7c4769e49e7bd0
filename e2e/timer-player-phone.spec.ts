/**
 * The routine player on a phone, the first time on a device: the safety check
 * closes above the player, and each step that follows still shows its name and
 * countdown on screen, after the check and after every Skip.
 */
import { expect, test, type Locator } from '@playwright/test';

const ROUTINE = '/routines/daily-5-minute-scan/';
const START = new Date('2026-06-01T08:00:00Z').getTime();
const STEPS = [
  'Neck: trace the line of pain',
  'Shoulders: grip and thumb hold',
  'Lower back: two tennis balls at a wall',
  'Hips: tennis ball on your buttock at a wall',
  'Feet: press a sore spot in the sole with your thumb',
];

test.use({ viewport: { width: 390, height: 844 } });

/** The step's name and the countdown are both wholly on screen. */
async function expectStepInView(timer: Locator, index: number): Promise<void> {
  const title = timer.locator('[data-text="title"]');
  await expect(title).toHaveText(STEPS[index] ?? '');
  await expect(timer.locator('[data-text="step"]')).toHaveText(`${index + 1} of 5`);
  await expect(title, `step ${index + 1}: its name`).toBeInViewport({ ratio: 1 });
  await expect(timer.locator('[data-text="clock"]'), `step ${index + 1}: the countdown`).toBeInViewport({ ratio: 1 });
}

test('first run on a phone: the step name and countdown show after the check and after each Skip', async ({ page }) => {
  await page.clock.install({ time: START });
  await page.clock.pauseAt(START + 1000);
  await page.goto(ROUTINE);
  const timer = page.locator('hold-timer');
  const start = timer.getByRole('button', { name: 'Start routine', exact: true });
  await expect(start).toBeEnabled();
  await start.click();
  await expect(timer.getByRole('heading', { name: 'Do any of these apply to you?' })).toBeFocused();
  await timer.getByRole('button', { name: 'None of these', exact: true }).click();
  await expect(timer).toHaveAttribute('data-state', 'lead-in');
  await expectStepInView(timer, 0);
  const skip = timer.getByRole('button', { name: 'Skip this technique', exact: true });
  for (let step = 1; step < STEPS.length; step++) {
    // The reader has scrolled down to read the technique's own steps under the player.
    await timer.locator('[data-now] ol').last().scrollIntoViewIfNeeded();
    await skip.click();
    await expectStepInView(timer, step);
  }
});
