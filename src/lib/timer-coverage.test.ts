import { describe, expect, it } from 'vitest';
import { techniqueSchema } from '../schemas';
import { knownIdsOnDisk, readMdxFolder } from './content-files';
import { numberedSteps } from './markdown-steps';
import type { Dose } from './dose';
import { HoldTimerMachine } from './timer';
import { amountsIn, uncoveredSteps } from './timer-coverage';
import { buildPlan } from './timer-plan';
import { timer as EN } from '../i18n/en/timer';

const PRESS_AND_ROLL = [
  'Sit up tall. Let your shoulders drop away from your ears.',
  'Find the sore spot with your fingertips. Rest two or three fingers flat on it.',
  'Press in until you feel a dull ache. Hold that pressure for about 1 minute.',
  'Let go. Drop your chin gently toward your chest.',
  'Slowly roll your head toward one shoulder, then back across to the other. Keep it comfortable.',
  'Do 3 slow rolls in each direction.',
];
const hold60: Dose = { kind: 'hold', seconds: { min: 60, max: 60 }, reps: 1, sides: 'one', restSeconds: 0 };
const plan = (dose: Dose) => buildPlan([{ title: 'Neck press and roll', dose }]);

describe('amountsIn', () => {
  it('reads times in seconds and counts, and skips a pressure level', () => {
    expect(amountsIn('Press in to about 4 to 5 out of 10. Hold for 10 to 15 seconds.')).toEqual([
      { kind: 'time', range: { min: 10, max: 15 }, words: '10 to 15 seconds' },
    ]);
    expect(amountsIn('Stay until it eases, for up to 2 minutes.')).toEqual([
      { kind: 'time', range: { min: 120, max: 120 }, words: '2 minutes' },
    ]);
    expect(amountsIn('Do 5 to 6 slow passes, then switch legs.')).toEqual([
      { kind: 'passes', range: { min: 5, max: 6 }, words: '5 to 6 slow passes' },
    ]);
    expect(amountsIn('Do 3 slow rolls in each direction.')).toEqual([
      { kind: 'other', range: { min: 3, max: 3 }, words: '3 slow rolls' },
    ]);
  });
});

describe('uncoveredSteps', () => {
  it('finds the head rolls a 60 s hold leaves out', () => {
    expect(uncoveredSteps(PRESS_AND_ROLL, plan(hold60))).toEqual([6]);
  });

  it('is satisfied once the dose names steps 4 to 6 as untimed', () => {
    const dose: Dose = { ...hold60, untimed: { steps: { min: 4, max: 6 }, text: 'Let go, then roll your head.' } };
    expect(uncoveredSteps(PRESS_AND_ROLL, plan(dose))).toEqual([]);
  });

  it('holds a count of holds to the reps', () => {
    const steps = ['Hold for 10 to 15 seconds.', 'Rest for about 10 seconds.', 'Do 3 holds in all.'];
    const dose: Dose = { kind: 'hold', seconds: { min: 10, max: 15 }, reps: 2, sides: 'one', restSeconds: 10 };
    expect(uncoveredSteps(steps, plan(dose))).toEqual([3]);
    expect(uncoveredSteps(steps, plan({ ...dose, reps: 3 }))).toEqual([]);
  });
});

describe('every technique: the timer runs its timed steps or names the rest', () => {
  const techniques = readMdxFolder('techniques');
  const ids = knownIdsOnDisk();
  it.each(techniques.map((file) => [file.id, file] as const))('%s', (_id, file) => {
    const { dose } = techniqueSchema(ids).parse(file.frontmatter); // the dose as the build reads it
    expect(uncoveredSteps(numberedSteps(file.body), plan(dose))).toEqual([]);
  });

  it('neck-spot-press-and-roll ends on its head rolls, named, before "Done"', () => {
    const file = readMdxFolder('techniques').find((entry) => entry.id === 'neck-spot-press-and-roll');
    expect(file?.frontmatter['dose']).toMatchObject({
      untimed: { steps: { min: 4, max: 6 }, text: 'Let go, drop your chin, then do 3 slow head rolls each way.' },
    });
    const dose: Dose = {
      ...hold60,
      untimed: { steps: { min: 4, max: 6 }, text: 'Let go, drop your chin, then do 3 slow head rolls each way.' },
    };
    const machine = new HoldTimerMachine(plan(dose), EN);
    const T0 = 1_700_000_000_000;
    machine.start(T0);
    const after = machine.tick(T0 + 65_000); // 5 s lead-in at a chair, then the 60 s hold
    expect(after).toMatchObject({
      state: 'running',
      phase: 'untimed',
      labels: {
        heading: 'At your own pace',
        detail: 'Now do steps 4 to 6. Let go, drop your chin, then do 3 slow head rolls each way.',
      },
    });
    expect(after.events.map((event) => event.text)).toEqual([
      'Your sore side: press now and hold for 60 seconds.',
      '10 seconds left.',
      'Done. Now do steps 4 to 6. Let go, drop your chin, then do 3 slow head rolls each way.',
    ]);
    // The untimed steps wait for the reader, then "Finished" ends the technique.
    expect(machine.tick(T0 + 600_000).phase).toBe('untimed');
    machine.skip(T0 + 600_000);
    expect(machine.tick(T0 + 600_000)).toMatchObject({ state: 'done', phase: 'done' });
  });
});
