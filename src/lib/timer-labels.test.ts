import { describe, expect, it } from 'vitest';
import type { Dose } from './dose';
import { clock, detail, heading, labelsFor, milestoneText, sideName, spokenRange } from './timer-labels';
import { buildPlan, secondsToGo, type PlanStep } from './timer-plan';

const HOLD_3_TIMES: Dose = { kind: 'hold', seconds: { min: 10, max: 15 }, reps: 3, sides: 'one', restSeconds: 10 };
const HOLD_EACH_SIDE: Dose = { kind: 'hold', seconds: { min: 30, max: 60 }, reps: 2, sides: 'each', restSeconds: 10 };
const PASSES: Dose = { kind: 'passes', passes: { min: 5, max: 6 }, secondsPerPass: 10, sides: 'one' };
const UNTIL_EASES_EACH_SIDE: Dose = { kind: 'until-eases', seconds: { min: 60, max: 120 }, sides: 'each' };
const PRESS_THEN_ROLL: Dose = {
  kind: 'hold',
  seconds: { min: 60, max: 60 },
  reps: 1,
  sides: 'one',
  restSeconds: 0,
  untimed: { steps: { min: 4, max: 6 }, text: 'Let go, drop your chin, then do 3 slow head rolls each way.' },
};

const step = (title: string, dose: Dose): PlanStep => ({ title, dose, support: 'chair' });

describe('clock', () => {
  it.each([
    [0, '0:00'],
    [9, '0:09'],
    [65, '1:05'],
    [600, '10:00'],
    [-3, '0:00'],
  ])('%i s shows "%s"', (seconds, shown) => {
    expect(clock(seconds)).toBe(shown);
  });
});

describe('spokenRange', () => {
  it.each([
    [{ min: 10, max: 15 }, '10 to 15 seconds'],
    [{ min: 60, max: 60 }, '60 seconds'],
    [{ min: 120, max: 300 }, '2 to 5 minutes'],
  ])('%o is said "%s"', (range, said) => {
    expect(spokenRange(range)).toBe(said);
  });
});

describe('what the live region says', () => {
  it('over a hold of 10-15 s, 3 times: each start, each hold done with the rest, and the end', () => {
    const plan = buildPlan([step('Shoulder grip', HOLD_3_TIMES)]);
    expect(milestoneText('start', plan, 1)).toBe('Your sore side: press now and hold for 10 to 15 seconds.');
    expect(milestoneText('hold-done', plan, 1)).toBe('Hold 1 of 3 done. Rest 10 seconds.');
    expect(milestoneText('ten-left', plan, 1)).toBe('10 seconds left.');
    expect(milestoneText('done', plan, plan.segments.length)).toBe('All done. Well done.');
  });

  it('names the sides, left first, and the switch', () => {
    const plan = buildPlan([step('Hips', HOLD_EACH_SIDE)]);
    const switchAt = plan.segments.findIndex((segment) => segment.kind === 'switch');
    expect(milestoneText('start', plan, 1)).toBe('Left side: press now and hold for 30 to 60 seconds.');
    expect(milestoneText('switch', plan, switchAt)).toBe('Switch to your right side.');
    expect(milestoneText('start', plan, switchAt + 1)).toBe('Right side: press now and hold for 30 to 60 seconds.');
  });

  it('in a routine, names the step and the technique, and what comes next', () => {
    const plan = buildPlan([step('Neck: trace the line of pain', PASSES), step('Shoulders: grip', HOLD_3_TIMES)]);
    expect(milestoneText('start', plan, 1)).toBe(
      'Step 1 of 2, Neck: trace the line of pain. Your sore side: start your first slow pass. Each pass is 10 seconds; a soft tone ends it.',
    );
    expect(milestoneText('pass-done', plan, 1)).toBe('Pass 1 done. Go straight on with pass 2.');
    expect(milestoneText('hold-done', plan, 6)).toBe('Done. Next: Shoulders: grip. Get into position.');
    expect(milestoneText('done', plan, plan.segments.length)).toBe('Routine done. Well done.');
  });

  it('at the top of an until-eases spot, says to ease off; a routine says when it moves on', () => {
    const alone = buildPlan([step('Shoulder at a wall', UNTIL_EASES_EACH_SIDE)]);
    expect(milestoneText('start', alone, 1)).toBe(
      'Left side: press now. Stay on the spot until it eases, 60 to 120 seconds.',
    );
    expect(milestoneText('ease-off', alone, 1)).toBe('Time to ease off the spot.');
    const routine = buildPlan([step('Shoulder at a wall', UNTIL_EASES_EACH_SIDE), step('Neck', PASSES)]);
    expect(milestoneText('ease-off', routine, 1)).toBe('Time to ease off the spot. Moving on in 15 seconds.');
  });

  it('after a dose with untimed steps, names them', () => {
    const plan = buildPlan([step('Neck press and roll', PRESS_THEN_ROLL)]);
    expect(milestoneText('hold-done', plan, 1)).toBe(
      'Done. Now do steps 4 to 6. Let go, drop your chin, then do 3 slow head rolls each way.',
    );
  });
});

describe('what the display shows', () => {
  const labels = (dose: Dose, index: number, secondsElapsed: number, easeOff?: 'ease-off' | 'moving-on') => {
    const plan = buildPlan([step('Shoulder grip', dose), step('Neck: trace the line of pain', PASSES)]);
    const segment = plan.segments[index]!;
    const secondsLeft = segment.seconds - secondsElapsed;
    return labelsFor(plan, segment, {
      secondsElapsed,
      secondsLeft,
      left: secondsToGo(plan, index, secondsElapsed),
      ...(easeOff ? { easeOff } : {}),
    });
  };

  it('in a hold: the countdown from the top of the range, and when the reader may let go', () => {
    expect(labels(HOLD_3_TIMES, 1, 4)).toEqual({
      heading: 'Hold',
      detail: 'Your sore side. Hold 1 of 3. Aim for 10-15 s',
      clock: '0:11',
      left: 'Time left: about 2 min',
      step: '1 of 2',
      title: 'Shoulder grip',
      next: 'Next: Neck: trace the line of pain',
    });
    expect(labels(HOLD_3_TIMES, 1, 10).detail).toBe('Your sore side. Hold 1 of 3. You can let go now, or hold to 15 s');
  });

  it('getting into position, resting and switching say which side and which hold come next', () => {
    expect(labels(HOLD_EACH_SIDE, 0, 0)).toMatchObject({
      heading: 'Get into position',
      detail: 'Start with your left side',
    });
    expect(labels(HOLD_EACH_SIDE, 2, 0)).toMatchObject({ heading: 'Rest', detail: 'Left side. Next: hold 2 of 2' });
    expect(labels(HOLD_EACH_SIDE, 4, 0)).toMatchObject({ heading: 'Switch sides', detail: 'Next: your right side' });
  });

  it('on an until-eases spot: counts up, and past its top says to ease off and when it moves on', () => {
    expect(labels(UNTIL_EASES_EACH_SIDE, 1, 30)).toMatchObject({
      heading: 'Stay until it eases',
      detail: 'Left side. Target 60-120 s',
      clock: '0:30',
    });
    expect(labels(UNTIL_EASES_EACH_SIDE, 1, 123, 'moving-on')).toMatchObject({
      heading: 'Time to ease off',
      detail: 'Left side. Ease off now. Moving on in 12 s',
    });
  });

  it('the last step of a routine has nothing next', () => {
    const plan = buildPlan([step('Shoulder grip', HOLD_3_TIMES), step('Neck: trace the line of pain', PASSES)]);
    const last = plan.segments.at(-1)!;
    expect(labelsFor(plan, last, { secondsElapsed: 0, secondsLeft: 10, left: { min: 0, max: 10 } })).toMatchObject({
      heading: 'Slow pass',
      detail: 'Your sore side. Pass 6 of 6, if you like',
      step: '2 of 2',
      next: 'Last one',
      left: 'Time left: under 1 min',
    });
  });

  it('before the start: no heading or clock, only the time it will take', () => {
    const plan = buildPlan([step('Shoulder grip', HOLD_3_TIMES)]);
    expect(labelsFor(plan, undefined, { secondsElapsed: 0, secondsLeft: 0, left: secondsToGo(plan, 0, 0) })).toEqual({
      heading: '',
      detail: '',
      clock: '',
      left: 'Time left: about 1 min',
      step: '1 of 1',
      title: 'Shoulder grip',
      next: 'Last one',
    });
  });
});

describe('names', () => {
  it('a one-side dose works "Your sore side"; two sides are left, then right', () => {
    expect([sideName({ side: 1, sides: 1 }), sideName({ side: 1, sides: 2 }), sideName({ side: 2, sides: 2 })]).toEqual(
      ['Your sore side', 'Left side', 'Right side'],
    );
  });

  it('each kind of segment has its heading', () => {
    const plan = buildPlan([step('Neck press and roll', PRESS_THEN_ROLL), step('Neck', PASSES)]);
    expect(plan.segments.slice(0, 4).map(heading)).toEqual([
      'Get into position',
      'Hold',
      'At your own pace',
      'Get into position',
    ]);
    expect(detail(plan.segments[4]!, 0)).toBe('Your sore side. Pass 1 of 6');
  });
});
