import { describe, expect, it } from 'vitest';
import type { Dose } from './dose';
import { clock, detail, heading, labelsFor, milestoneText, sideName, spokenRange } from './timer-labels';
import { buildPlan, secondsToGo, type PlanStep } from './timer-plan';
import { timer as EN } from '../i18n/en/timer';
import { timer as ES } from '../i18n/es/timer';

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
    expect(spokenRange(range, EN)).toBe(said);
  });
});

describe('what the live region says', () => {
  it('over a hold of 10-15 s, 3 times: each start, each hold done with the rest, and the end', () => {
    const plan = buildPlan([step('Shoulder grip', HOLD_3_TIMES)]);
    expect(milestoneText('start', plan, 1, EN)).toBe('Your sore side: press now and hold for 10 to 15 seconds.');
    expect(milestoneText('hold-done', plan, 1, EN)).toBe('Hold 1 of 3 done. Rest 10 seconds.');
    expect(milestoneText('ten-left', plan, 1, EN)).toBe('10 seconds left.');
    expect(milestoneText('done', plan, plan.segments.length, EN)).toBe('All done. Well done.');
  });

  it('names the sides, left first, and the switch', () => {
    const plan = buildPlan([step('Hips', HOLD_EACH_SIDE)]);
    const switchAt = plan.segments.findIndex((segment) => segment.kind === 'switch');
    expect(milestoneText('start', plan, 1, EN)).toBe('Left side: press now and hold for 30 to 60 seconds.');
    expect(milestoneText('switch', plan, switchAt, EN)).toBe('Switch to your right side.');
    expect(milestoneText('start', plan, switchAt + 1, EN)).toBe('Right side: press now and hold for 30 to 60 seconds.');
  });

  it('in a routine, names the step and the technique, and what comes next', () => {
    const plan = buildPlan([step('Neck: trace the line of pain', PASSES), step('Shoulders: grip', HOLD_3_TIMES)]);
    expect(milestoneText('start', plan, 1, EN)).toBe(
      'Step 1 of 2, Neck: trace the line of pain. Your sore side: start your first slow pass. Each pass is 10 seconds; a soft tone ends it.',
    );
    expect(milestoneText('pass-done', plan, 1, EN)).toBe('Pass 1 done. Go straight on with pass 2.');
    expect(milestoneText('hold-done', plan, 6, EN)).toBe('Done. Next: Shoulders: grip. Get into position.');
    expect(milestoneText('done', plan, plan.segments.length, EN)).toBe('Routine done. Well done.');
  });

  it('at the top of an until-eases spot, says to ease off; a routine says when it moves on', () => {
    const alone = buildPlan([step('Shoulder at a wall', UNTIL_EASES_EACH_SIDE)]);
    expect(milestoneText('start', alone, 1, EN)).toBe(
      'Left side: press now. Stay on the spot until it eases, 60 to 120 seconds.',
    );
    expect(milestoneText('ease-off', alone, 1, EN)).toBe('Time to ease off the spot.');
    const routine = buildPlan([step('Shoulder at a wall', UNTIL_EASES_EACH_SIDE), step('Neck', PASSES)]);
    expect(milestoneText('ease-off', routine, 1, EN)).toBe('Time to ease off the spot. Moving on in 15 seconds.');
  });

  it('after a dose with untimed steps, names them', () => {
    const plan = buildPlan([step('Neck press and roll', PRESS_THEN_ROLL)]);
    expect(milestoneText('hold-done', plan, 1, EN)).toBe(
      'Done. Now do steps 4 to 6. Let go, drop your chin, then do 3 slow head rolls each way.',
    );
  });
});

describe('what the display shows', () => {
  const labels = (dose: Dose, index: number, secondsElapsed: number, easeOff?: 'ease-off' | 'moving-on') => {
    const plan = buildPlan([step('Shoulder grip', dose), step('Neck: trace the line of pain', PASSES)]);
    const segment = plan.segments[index]!;
    const secondsLeft = segment.seconds - secondsElapsed;
    return labelsFor(
      plan,
      segment,
      {
        secondsElapsed,
        secondsLeft,
        left: secondsToGo(plan, index, secondsElapsed),
        ...(easeOff ? { easeOff } : {}),
      },
      EN,
    );
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
    expect(labelsFor(plan, last, { secondsElapsed: 0, secondsLeft: 10, left: { min: 0, max: 10 } }, EN)).toMatchObject({
      heading: 'Slow pass',
      detail: 'Your sore side. Pass 6 of 6, if you like',
      step: '2 of 2',
      next: 'Last one',
      left: 'Time left: under 1 min',
    });
  });

  it('before the start: no heading or clock, only the time it will take', () => {
    const plan = buildPlan([step('Shoulder grip', HOLD_3_TIMES)]);
    expect(
      labelsFor(plan, undefined, { secondsElapsed: 0, secondsLeft: 0, left: secondsToGo(plan, 0, 0) }, EN),
    ).toEqual({
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
    expect([
      sideName({ side: 1, sides: 1 }, EN),
      sideName({ side: 1, sides: 2 }, EN),
      sideName({ side: 2, sides: 2 }, EN),
    ]).toEqual(['Your sore side', 'Left side', 'Right side']);
  });

  it('each kind of segment has its heading', () => {
    const plan = buildPlan([step('Neck press and roll', PRESS_THEN_ROLL), step('Neck', PASSES)]);
    expect(plan.segments.slice(0, 4).map((segment) => heading(segment, EN))).toEqual([
      'Get into position',
      'Hold',
      'At your own pace',
      'Get into position',
    ]);
    expect(detail(plan.segments[4]!, 0, EN)).toBe('Your sore side. Pass 1 of 6');
  });
});

describe('in Spanish', () => {
  it('says each milestone of a hold of 10 a 15 s, 3 veces', () => {
    const plan = buildPlan([step('Hombros: agarra y presiona', HOLD_3_TIMES)]);
    expect(milestoneText('start', plan, 1, ES)).toBe('El lado que duele: presiona ahora y mantén 10 a 15 segundos.');
    expect(milestoneText('hold-done', plan, 1, ES)).toBe('Repetición 1 de 3 lista. Descansa 10 segundos.');
    expect(milestoneText('ten-left', plan, 1, ES)).toBe('Quedan 10 segundos.');
    expect(milestoneText('done', plan, plan.segments.length, ES)).toBe('Terminaste. ¡Bien hecho!');
  });

  it('names the sides, left first, and the switch', () => {
    const plan = buildPlan([step('Caderas', HOLD_EACH_SIDE)]);
    const switchAt = plan.segments.findIndex((segment) => segment.kind === 'switch');
    expect(milestoneText('start', plan, 1, ES)).toBe('Lado izquierdo: presiona ahora y mantén 30 a 60 segundos.');
    expect(milestoneText('switch', plan, switchAt, ES)).toBe('Cambia a tu lado derecho.');
    expect(milestoneText('hold-done', plan, 1, ES)).toBe('Repetición 1 de 2 lista. Descansa 10 segundos.');
  });

  it('in a routine, names the step, the passes and what comes next', () => {
    const plan = buildPlan([step('Cuello: sigue la línea del dolor', PASSES), step('Hombros: agarra', HOLD_3_TIMES)]);
    expect(milestoneText('start', plan, 1, ES)).toBe(
      'Paso 1 de 2, Cuello: sigue la línea del dolor. El lado que duele: empieza tu primera pasada lenta. Cada pasada dura 10 segundos; un tono suave marca el final.',
    );
    expect(milestoneText('pass-done', plan, 1, ES)).toBe('Pasada 1 lista. Sigue directo con la pasada 2.');
    expect(milestoneText('hold-done', plan, 6, ES)).toBe('Listo. Sigue: Hombros: agarra. Ponte en posición.');
    expect(milestoneText('done', plan, plan.segments.length, ES)).toBe('Rutina terminada. ¡Bien hecho!');
  });

  it('on an until-eases spot, says to ease off, and in minutes when the target is long', () => {
    const routine = buildPlan([step('Hombro en la pared', UNTIL_EASES_EACH_SIDE), step('Cuello', PASSES)]);
    expect(milestoneText('start', routine, 1, ES)).toBe(
      'Paso 1 de 2, Hombro en la pared. Lado izquierdo: presiona ahora. Quédate en el punto hasta que el dolor ceda, 60 a 120 segundos.',
    );
    expect(milestoneText('ease-off', routine, 1, ES)).toBe(
      'Es hora de aflojar la presión en el punto. Seguimos en 15 segundos.',
    );
    expect(spokenRange({ min: 120, max: 300 }, ES)).toBe('2 a 5 minutos');
  });

  it('names the untimed steps', () => {
    const plan = buildPlan([
      step('Cuello', { ...PRESS_THEN_ROLL, untimed: { steps: { min: 4, max: 6 }, text: 'Suelta.' } }),
    ]);
    expect(milestoneText('hold-done', plan, 1, ES)).toBe('Listo. Ahora haz los pasos 4 a 6. Suelta.');
  });

  it('shows the countdown, the side and the time left', () => {
    const plan = buildPlan([step('Hombros: agarra', HOLD_3_TIMES), step('Cuello', PASSES)]);
    const hold = plan.segments[1]!;
    expect(labelsFor(plan, hold, { secondsElapsed: 4, secondsLeft: 11, left: secondsToGo(plan, 1, 4) }, ES)).toEqual({
      heading: 'Mantén',
      detail: 'El lado que duele. Repetición 1 de 3. Meta: 10 a 15 s',
      clock: '0:11',
      left: 'Tiempo restante: alrededor de 2 min',
      step: '1 de 2',
      title: 'Hombros: agarra',
      next: 'Sigue: Cuello',
    });
    expect(detail(hold, 10, ES)).toBe('El lado que duele. Repetición 1 de 3. Ya puedes soltar, o mantén hasta 15 s');
    const last = plan.segments.at(-1)!;
    expect(labelsFor(plan, last, { secondsElapsed: 0, secondsLeft: 10, left: { min: 0, max: 10 } }, ES)).toMatchObject({
      heading: 'Pasada lenta',
      detail: 'El lado que duele. Pasada 6 de 6, si quieres',
      next: 'Es la última',
      left: 'Tiempo restante: menos de 1 min',
    });
  });

  it('past the top of an until-eases target, says to ease off and when it moves on', () => {
    const plan = buildPlan([step('Hombro en la pared', UNTIL_EASES_EACH_SIDE), step('Cuello', PASSES)]);
    const spot = plan.segments[1]!;
    const progress = { secondsElapsed: 123, secondsLeft: 12, left: secondsToGo(plan, 1, 123) };
    expect(labelsFor(plan, spot, { ...progress, easeOff: 'moving-on' }, ES)).toMatchObject({
      heading: 'Hora de aflojar',
      detail: 'Lado izquierdo. Afloja ahora. Seguimos en 12 s',
    });
    expect(labelsFor(plan, plan.segments[0], { ...progress, secondsElapsed: 0 }, ES)).toMatchObject({
      heading: 'Ponte en posición',
      detail: 'Empieza por tu lado izquierdo',
    });
  });
});
