import { describe, expect, it } from 'vitest';
import type { Dose } from './dose';
import { buildPlan, isManual, isWork, secondsToGo, type Plan, type PlanStep } from './timer-plan';

const HOLD_3_TIMES: Dose = { kind: 'hold', seconds: { min: 10, max: 15 }, reps: 3, sides: 'one', restSeconds: 10 };
const PASSES_EACH_SIDE: Dose = { kind: 'passes', passes: { min: 5, max: 6 }, secondsPerPass: 10, sides: 'each' };
const UNTIL_EASES: Dose = { kind: 'until-eases', seconds: { min: 60, max: 120 }, sides: 'one' };
const PRESS_THEN_ROLL: Dose = {
  kind: 'hold',
  seconds: { min: 60, max: 60 },
  reps: 1,
  sides: 'one',
  restSeconds: 0,
  untimed: { steps: { min: 4, max: 6 }, text: 'Let go, then roll your head.' },
};

const step = (title: string, dose: Dose, support?: PlanStep['support']): PlanStep => ({
  title,
  dose,
  ...(support ? { support } : {}),
});

/** Each segment as "kind seconds", with its side and its number (hold, rest or pass) where there are several. */
const COUNTED = ['hold', 'rest', 'passes'];
const outline = (plan: Plan) =>
  plan.segments.map(({ kind, seconds, side, sides, rep, reps }) =>
    [kind, seconds, sides > 1 ? `side ${side}` : '', reps > 1 && COUNTED.includes(kind) ? `#${rep}` : '']
      .filter((part) => part !== '')
      .join(' '),
  );

describe('buildPlan', () => {
  it('a hold of 10-15 s, 3 times, on a chair: 5 s to get into position, then each hold for the full 15 s', () => {
    expect(outline(buildPlan([step('Shoulder grip', HOLD_3_TIMES, 'chair')]))).toEqual([
      'lead-in 5',
      'hold 15 #1',
      'rest 10 #2',
      'hold 15 #2',
      'rest 10 #3',
      'hold 15 #3',
    ]);
  });

  it('passes on each side, on the floor: 15 s to get into position, the upper count of passes, a switch', () => {
    expect(outline(buildPlan([step('Calves on a roller', PASSES_EACH_SIDE, 'floor')]))).toEqual([
      'lead-in 15 side 1',
      'passes 10 side 1 #1',
      'passes 10 side 1 #2',
      'passes 10 side 1 #3',
      'passes 10 side 1 #4',
      'passes 10 side 1 #5',
      'passes 10 side 1 #6',
      'switch 10 side 2',
      'passes 10 side 2 #1',
      'passes 10 side 2 #2',
      'passes 10 side 2 #3',
      'passes 10 side 2 #4',
      'passes 10 side 2 #5',
      'passes 10 side 2 #6',
    ]);
  });

  it('counts a pass past the lower count as optional in the time estimate', () => {
    const passes = buildPlan([step('Calves on a roller', PASSES_EACH_SIDE)]).segments.filter(
      (segment) => segment.kind === 'passes' && segment.side === 1,
    );
    expect(passes.map((pass) => `${pass.estimate.min}-${pass.estimate.max}`)).toEqual([
      '10-10',
      '10-10',
      '10-10',
      '10-10',
      '10-10',
      '0-10',
    ]);
  });

  it('on its own page, an until-eases spot waits for the reader; in a routine it moves on 15 s after its top', () => {
    expect(outline(buildPlan([step('Foot', UNTIL_EASES, 'floor')]))).toEqual(['lead-in 15', 'count-up 0']);
    expect(outline(buildPlan([step('Foot', UNTIL_EASES, 'floor'), step('Shoulder', HOLD_3_TIMES, 'chair')]))).toEqual([
      'lead-in 15',
      'count-up 135',
      'lead-in 15',
      'hold 15 #1',
      'rest 10 #2',
      'hold 15 #2',
      'rest 10 #3',
      'hold 15 #3',
    ]);
  });

  it('ends on the steps the dose does not time, which the reader finishes', () => {
    const plan = buildPlan([step('Neck press and roll', PRESS_THEN_ROLL, 'chair')]);
    expect(outline(plan)).toEqual(['lead-in 5', 'hold 60', 'untimed 0']);
    expect(plan.segments.at(-1)?.target).toEqual({ min: 4, max: 6 });
  });

  it("takes the reader's own lead-in over the position's", () => {
    expect(outline(buildPlan([step('Shoulder grip', HOLD_3_TIMES, 'chair')], 20))[0]).toBe('lead-in 20');
  });

  it('with no position known, gives 5 s to get into position', () => {
    expect(outline(buildPlan([step('Shoulder grip', HOLD_3_TIMES)]))[0]).toBe('lead-in 5');
  });
});

describe('secondsToGo', () => {
  const plan = buildPlan([step('Shoulder grip', HOLD_3_TIMES, 'chair')]);

  it('from the start: the lead-in, 3 holds of 10 to 15 s and 2 rests', () => {
    expect(secondsToGo(plan, 0, 0)).toEqual({ min: 55, max: 70 });
  });

  it('takes off the seconds spent in the current segment', () => {
    expect(secondsToGo(plan, 1, 12)).toEqual({ min: 40, max: 53 });
  });

  it('is nothing once the plan has run out', () => {
    expect(secondsToGo(plan, plan.segments.length, 0)).toEqual({ min: 0, max: 0 });
  });
});

describe('segment kinds', () => {
  it('the reader presses in holds, passes and until-eases spots; the clock counts up in spots and untimed steps', () => {
    const plan = buildPlan([step('Foot', UNTIL_EASES), step('Neck press and roll', PRESS_THEN_ROLL)]);
    expect(plan.segments.filter(isWork).map((segment) => segment.kind)).toEqual(['count-up', 'hold']);
    expect(plan.segments.filter(isManual).map((segment) => segment.kind)).toEqual(['count-up', 'untimed']);
  });
});
