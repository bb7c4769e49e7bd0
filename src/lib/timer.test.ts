import { describe, expect, it } from 'vitest';
import { doseSeconds, type Dose, type HoldDose } from './dose';
import { routineSeconds } from './routine';
import { HoldTimerMachine, type Snapshot } from './timer';
import { clock, spokenRange } from './timer-labels';
import { buildPlan, type PlanStep } from './timer-plan';
import { timer as EN } from '../i18n/en/timer';
import { LEAD_IN_SECONDS } from './timing';

const T0 = 1_700_000_000_000; // any wall-clock start: the machine only sees differences
const s = (seconds: number) => T0 + seconds * 1000;

const hold = (seconds: number | [number, number], extra: Partial<HoldDose> = {}): Dose => ({
  kind: 'hold',
  seconds: typeof seconds === 'number' ? { min: seconds, max: seconds } : { min: seconds[0], max: seconds[1] },
  reps: 1,
  sides: 'one',
  restSeconds: 0,
  ...extra,
});
const passes = (sides: 'one' | 'each' = 'one'): Dose => ({
  kind: 'passes',
  passes: { min: 5, max: 6 },
  secondsPerPass: 10,
  sides,
});
const untilEases = (sides: 'one' | 'each' = 'one'): Dose => ({
  kind: 'until-eases',
  seconds: { min: 120, max: 300 },
  sides,
});

function started(dose: Dose): HoldTimerMachine {
  const machine = new HoldTimerMachine(buildPlan([{ title: 'Test technique', dose }]), EN);
  machine.start(T0);
  return machine;
}

/** Snapshots every `stepMs` from the start to `endSeconds`, collecting every event and the states seen. */
function run(machine: HoldTimerMachine, endSeconds: number, stepMs = 250) {
  const events: string[] = [];
  const states: string[] = [];
  let last: Snapshot | undefined;
  for (let t = T0; t <= s(endSeconds); t += stepMs) {
    last = machine.tick(t);
    events.push(...last.events.map((event) => event.kind));
    if (states.at(-1) !== last.phase) states.push(last.phase);
  }
  return { events, states, last: last as Snapshot };
}

describe('buildPlan', () => {
  it.each([
    ['a fixed hold', hold(60), ['lead-in', 'hold']],
    [
      'a range hold with reps and rest',
      hold([10, 15], { reps: 3, restSeconds: 10 }),
      ['lead-in', 'hold', 'rest', 'hold', 'rest', 'hold'],
    ],
    ['reps without rest', hold(15, { reps: 2 }), ['lead-in', 'hold', 'hold']],
    [
      'a hold on each side',
      hold(30, { reps: 2, restSeconds: 5, sides: 'each' }),
      ['lead-in', 'hold', 'rest', 'hold', 'switch', 'hold', 'rest', 'hold'],
    ],
    [
      'passes on each side, one segment per pass',
      passes('each'),
      ['lead-in', ...Array(6).fill('passes'), 'switch', ...Array(6).fill('passes')],
    ],
    ['until it eases', untilEases(), ['lead-in', 'count-up']],
  ])('plans %s', (_name, dose, kinds) => {
    expect(buildPlan([{ title: 'x', dose: dose }]).segments.map((segment) => segment.kind)).toEqual(kinds);
  });

  it('counts a range hold down from its upper value and keeps the range as the target', () => {
    const [, first] = buildPlan([{ title: 'x', dose: hold([10, 15]) }]).segments;
    expect(first).toMatchObject({ kind: 'hold', seconds: 15, target: { min: 10, max: 15 } });
  });

  it.each([
    hold([10, 15], { reps: 3, restSeconds: 10 }),
    hold(60, { sides: 'each' }),
    passes('each'),
    untilEases('each'),
  ])('estimates the same time as the dose totals, plus the lead-in (%#)', (dose) => {
    const total = buildPlan([{ title: 'x', dose: dose }]).segments.reduce(
      (sum, segment) => sum + segment.estimate.max,
      0,
    );
    expect(total).toBe(doseSeconds(dose).max + LEAD_IN_SECONDS);
  });

  it('opens later routine steps with the transition time, matching the routine total', () => {
    const steps: PlanStep[] = [
      { title: 'One', dose: hold(30) },
      { title: 'Two', dose: passes() },
      { title: 'Three', dose: untilEases() },
    ];
    const plan = buildPlan(steps);
    const leadIns = plan.segments.filter((segment) => segment.kind === 'lead-in');
    expect(leadIns.map((segment) => [segment.step, segment.seconds])).toEqual([
      [0, 5],
      [1, 15],
      [2, 15],
    ]);
    const idle = new HoldTimerMachine(plan, EN).tick(T0);
    expect(idle.left).toEqual({ min: routineSeconds(steps).min + 5, max: routineSeconds(steps).max + 5 });
  });
});

describe('HoldTimerMachine: a whole dose with fake time', () => {
  it.each([
    ['a fixed hold', hold(15), 20, ['start', 'hold-done', 'done'], ['lead-in', 'hold', 'done']],
    [
      'a range hold, 3 times with rest',
      hold([10, 15], { reps: 3, restSeconds: 10 }),
      5 + 15 * 3 + 10 * 2,
      ['start', 'hold-done', 'hold-done', 'hold-done', 'done'],
      ['lead-in', 'hold', 'rest', 'hold', 'rest', 'hold', 'done'],
    ],
    [
      'a long hold on each side',
      hold(60, { sides: 'each' }),
      5 + 60 + 10 + 60,
      ['start', 'ten-left', 'hold-done', 'switch', 'start', 'ten-left', 'hold-done', 'done'],
      ['lead-in', 'hold', 'switch', 'hold', 'done'],
    ],
  ])('runs %s from idle to done', (_name, dose, totalSeconds, events, phases) => {
    const machine = new HoldTimerMachine(buildPlan([{ title: 'x', dose: dose }]), EN);
    expect(machine.tick(T0)).toMatchObject({ state: 'idle', phase: 'idle', events: [] });
    machine.start(T0);
    const almost = run(machine, totalSeconds - 0.25);
    expect(almost.last.state).not.toBe('done');
    const { last } = run(machine, totalSeconds);
    const all = [...almost.events, ...last.events.map((event) => event.kind)];
    expect(all).toEqual(events);
    expect(almost.states).toEqual(phases.slice(0, -1));
    expect(last).toMatchObject({ state: 'done', phase: 'done', left: { min: 0, max: 0 } });
  });

  it('counts down whole seconds from timestamps, rounding up', () => {
    const machine = started(hold(60));
    expect(machine.tick(s(0))).toMatchObject({
      state: 'lead-in',
      secondsLeft: 5,
      labels: { clock: '0:05', heading: 'Get into position' },
    });
    expect(machine.tick(s(4.999))).toMatchObject({ state: 'lead-in', secondsLeft: 1 });
    expect(machine.tick(s(5))).toMatchObject({
      state: 'running',
      phase: 'hold',
      secondsLeft: 60,
      labels: { clock: '1:00' },
    });
    expect(machine.tick(s(5.001))).toMatchObject({ secondsLeft: 60 });
    expect(machine.tick(s(64.5))).toMatchObject({ secondsLeft: 1, labels: { clock: '0:01' } });
    expect(machine.tick(s(65))).toMatchObject({ state: 'done' });
  });

  it('says when the lower end of a range hold is reached, and Skip lets go early', () => {
    const machine = started(hold([10, 15]));
    expect(machine.tick(s(6)).labels.detail).toBe('Your sore side. Aim for 10-15 s');
    expect(machine.tick(s(15)).labels.detail).toBe('Your sore side. You can let go now, or hold to 15 s');
    machine.skip(s(15));
    expect(machine.tick(s(15))).toMatchObject({ state: 'done', events: [{ kind: 'hold-done' }, { kind: 'done' }] });
  });

  it('announces "10 seconds left" only on holds longer than 20 s', () => {
    expect(run(started(hold(20)), 30).events).not.toContain('ten-left');
    expect(run(started(hold(21)), 30).events).toContain('ten-left');
  });

  it('names the sides, left first as on the handout, with reps and rests', () => {
    const machine = started(hold(30, { reps: 2, restSeconds: 10, sides: 'each' }));
    expect(machine.tick(s(1)).labels).toMatchObject({
      heading: 'Get into position',
      detail: 'Start with your left side',
    });
    expect(machine.tick(s(6)).labels.detail).toBe('Left side. Hold 1 of 2');
    expect(machine.tick(s(36)).labels).toMatchObject({ heading: 'Rest', detail: 'Left side. Next: hold 2 of 2' });
    expect(machine.tick(s(76)).labels).toMatchObject({ heading: 'Switch sides', detail: 'Next: your right side' });
    expect(machine.tick(s(86)).labels.detail).toBe('Right side. Hold 1 of 2');
  });

  it('says each side by name in the announcements, and "your sore side" for a one-side dose', () => {
    const texts = (dose: Dose, seconds: number) => {
      const machine = started(dose);
      const said: string[] = [];
      for (let t = 0; t <= seconds; t += 1) said.push(...machine.tick(s(t)).events.map((event) => event.text));
      return said;
    };
    expect(texts(hold(15, { sides: 'each' }), 45)).toEqual([
      'Left side: press now and hold for 15 seconds.',
      'Left side done.',
      'Switch to your right side.',
      'Right side: press now and hold for 15 seconds.',
      'Right side done.',
      'All done. Well done.',
    ]);
    expect(texts(hold(15), 20)).toEqual([
      'Your sore side: press now and hold for 15 seconds.',
      'Done.',
      'All done. Well done.',
    ]);
  });
});

describe('HoldTimerMachine: reading is free of side effects', () => {
  it('read() twice gives the same view and leaves the milestones for the next tick', () => {
    const machine = new HoldTimerMachine(buildPlan([{ title: 'x', dose: hold(15) }]), EN);
    machine.start(T0);
    const at = T0 + 7_000;
    expect(machine.read(at)).toEqual(machine.read(at));
    expect(machine.read(at)).toMatchObject({ phase: 'hold', secondsElapsed: 2 });
    expect(machine.tick(at).events.map((event) => event.kind)).toEqual(['start']);
    expect(machine.tick(at).events).toEqual([]);
  });
});

describe('HoldTimerMachine: slow passes by time', () => {
  it('plans one timed pass per pass of the upper count, the extra ones optional in the estimate', () => {
    const plan = buildPlan([{ title: 'x', dose: passes() }]);
    const runs = plan.segments.filter((segment) => segment.kind === 'passes');
    expect(runs.map((segment) => [segment.rep, segment.seconds, segment.estimate.min])).toEqual([
      [1, 10, 10],
      [2, 10, 10],
      [3, 10, 10],
      [4, 10, 10],
      [5, 10, 10],
      [6, 10, 0],
    ]);
  });

  it('runs every pass with no tap, a soft cue at the end of each', () => {
    const machine = started(passes());
    expect(machine.tick(s(5))).toMatchObject({
      state: 'running',
      phase: 'passes',
      labels: { heading: 'Slow pass', clock: '0:10', detail: 'Your sore side. Pass 1 of 6' },
    });
    expect(machine.tick(s(15))).toMatchObject({
      phase: 'passes',
      labels: { clock: '0:10', detail: 'Your sore side. Pass 2 of 6' },
      events: [{ kind: 'pass-done', text: 'Pass 1 done. Go straight on with pass 2.' }],
    });
    expect(machine.tick(s(55)).labels.detail).toBe('Your sore side. Pass 6 of 6, if you like');
    expect(run(started(passes()), 65).events).toEqual([
      'start',
      'pass-done',
      'pass-done',
      'pass-done',
      'pass-done',
      'pass-done',
      'hold-done',
      'done',
    ]);
  });

  it('counts a pass early on a tap, and the next one starts in full', () => {
    const machine = started(passes());
    machine.passDone(s(7));
    expect(machine.tick(s(7))).toMatchObject({ phase: 'passes', secondsLeft: 10, segment: { rep: 2 } });
  });

  it('moves to the other side after the passes on each side', () => {
    const machine = started(passes('each'));
    expect(machine.tick(s(65))).toMatchObject({ phase: 'switch', labels: { detail: 'Next: your right side' } });
    expect(machine.tick(s(75))).toMatchObject({
      phase: 'passes',
      segment: { side: 2, rep: 1 },
      labels: { detail: 'Right side. Pass 1 of 6' },
    });
  });

  it('ignores Pass done outside a passes segment', () => {
    const machine = started(hold(10));
    machine.passDone(s(1));
    expect(machine.tick(s(1))).toMatchObject({ phase: 'lead-in', secondsLeft: 4 });
  });
});

describe('buildPlan: the lead-in from the position', () => {
  it.each([
    ['floor', 15],
    ['wall', 10],
    ['chair', 5],
  ] as const)('gives a %s technique %i s to get into position', (support, seconds) => {
    const [first] = buildPlan([{ title: 'x', dose: hold(30), support }]).segments;
    expect(first).toMatchObject({ kind: 'lead-in', seconds });
  });

  it("takes the reader's own lead-in over the position's", () => {
    const [first] = buildPlan([{ title: 'x', dose: hold(30), support: 'floor' }], 25).segments;
    expect(first?.seconds).toBe(25);
  });
});

describe('HoldTimerMachine: until it eases', () => {
  it('counts up with the target range and never forces an end', () => {
    const machine = started(untilEases('each'));
    expect(machine.tick(s(5 + 90))).toMatchObject({
      phase: 'count-up',
      secondsElapsed: 90,
      labels: { clock: '1:30', detail: 'Left side. Target 2-5 min' },
    });
    expect(machine.tick(s(5 + 600))).toMatchObject({
      state: 'running',
      phase: 'count-up',
      labels: { clock: '10:00' },
    });
    machine.skip(s(605)); // "Done, it eased"
    expect(machine.tick(s(605))).toMatchObject({
      phase: 'switch',
      events: [{ kind: 'hold-done' }, { kind: 'switch' }],
    });
  });

  it('announces the target in words a screen reader reads well', () => {
    const machine = started(untilEases());
    expect(machine.tick(s(5)).events[0]?.text).toBe(
      'Your sore side: press now. Stay on the spot until it eases, 2 to 5 minutes.',
    );
  });
});

describe('HoldTimerMachine: the top of an until-eases target', () => {
  const short: Dose = { kind: 'until-eases', seconds: { min: 60, max: 120 }, sides: 'one' };
  const routine = () =>
    new HoldTimerMachine(
      buildPlan([
        { title: 'Forearm ball', dose: short },
        { title: 'Shoulder grip', dose: hold(15) },
      ]),
      EN,
    );

  it('on its own page: cues once at the top, says to ease off, and waits for the reader', () => {
    const machine = started(untilEases('each')); // 2-5 min, 5 s lead-in
    expect(machine.tick(s(5 + 299))).toMatchObject({
      easeOff: undefined,
      labels: { heading: 'Stay until it eases' },
    });
    const top = machine.tick(s(5 + 300));
    expect(top).toMatchObject({
      phase: 'count-up',
      easeOff: 'ease-off',
      labels: { heading: 'Time to ease off', detail: 'Left side. Ease off now', clock: '5:00' },
    });
    expect(top.events).toEqual([{ kind: 'ease-off', text: 'Time to ease off the spot.' }]);
    expect(machine.tick(s(5 + 900))).toMatchObject({ phase: 'count-up', easeOff: 'ease-off', events: [] });
  });

  it('in a routine: cues at the top, then moves on after the grace period', () => {
    const machine = routine();
    machine.start(T0);
    machine.tick(s(5)); // "Step 1 of 2, Forearm ball. ... press now."
    const top = machine.tick(s(5 + 120));
    expect(top).toMatchObject({
      easeOff: 'moving-on',
      secondsLeft: 15,
      labels: {
        heading: 'Time to ease off',
        detail: 'Your sore side. Ease off now. Moving on in 15 s',
      },
    });
    expect(top.events.map((event) => event.text)).toEqual(['Time to ease off the spot. Moving on in 15 seconds.']);
    expect(machine.tick(s(5 + 134))).toMatchObject({ phase: 'count-up', secondsLeft: 1 });
    expect(machine.tick(s(5 + 135))).toMatchObject({
      phase: 'lead-in',
      segment: { step: 1 },
      events: [{ kind: 'hold-done', text: 'Done. Next: Shoulder grip. Get into position.' }],
    });
  });

  it('"A little longer" keeps the routine on the spot until the reader ends it', () => {
    const machine = routine();
    machine.start(T0);
    machine.tick(s(5 + 125));
    machine.longer(s(5 + 125));
    expect(machine.tick(s(5 + 400))).toMatchObject({
      phase: 'count-up',
      easeOff: 'ease-off',
      secondsLeft: 0,
      labels: { detail: 'Your sore side. Ease off now' },
    });
    machine.skip(s(5 + 400)); // "Done, it eased"
    expect(machine.tick(s(5 + 400))).toMatchObject({ phase: 'lead-in', segment: { step: 1 } });
  });

  it('a paused routine does not move on, and a jump after it lands on the right second', () => {
    const machine = routine();
    machine.start(T0);
    machine.tick(s(5));
    machine.pause(s(5 + 121));
    const paused = machine.tick(s(5 + 500));
    expect(paused).toMatchObject({ state: 'paused', phase: 'count-up', secondsLeft: 14 });
    expect(paused.events.map((event) => event.kind)).toEqual(['ease-off']);
    machine.resume(s(5 + 500));
    // 14 s of grace left, 15 s to get into position, then 6 s into the 15 s hold.
    const jumped = machine.tick(s(5 + 500 + 35));
    expect(jumped).toMatchObject({ phase: 'hold', secondsLeft: 9 });
    expect(jumped.events.map((event) => event.kind)).toEqual(['hold-done', 'start']);
  });

  it('plans the grace only in a routine: the spot ends 15 s after the top of its target', () => {
    expect(buildPlan([{ title: 'One', dose: short }]).segments[1]).toMatchObject({ kind: 'count-up', seconds: 0 });
    expect(routine().plan.segments[1]).toMatchObject({ kind: 'count-up', seconds: 135 });
  });
});

describe('HoldTimerMachine: pause, resume, skip, reset, stop', () => {
  it('freezes while paused and carries on where it left off', () => {
    const machine = started(hold(60));
    machine.pause(s(17));
    const paused = machine.tick(s(17));
    expect(paused).toMatchObject({ state: 'paused', phase: 'hold', secondsLeft: 48 });
    expect(machine.tick(s(500))).toMatchObject({ state: 'paused', secondsLeft: 48, labels: paused.labels });
    machine.resume(s(500));
    expect(machine.tick(s(503))).toMatchObject({ state: 'running', secondsLeft: 45 });
    expect(machine.tick(s(500 + 48))).toMatchObject({ state: 'done' });
  });

  it('can pause in the lead-in and in a rest, and ignores a second pause or a resume while running', () => {
    const machine = started(hold(10, { reps: 2, restSeconds: 10 }));
    machine.resume(s(1));
    machine.pause(s(2));
    machine.pause(s(4));
    machine.resume(s(10));
    expect(machine.tick(s(10))).toMatchObject({ state: 'lead-in', secondsLeft: 3 });
    machine.pause(s(30)); // 22 s of session time: 5 lead-in, 10 hold, 7 s into the rest
    expect(machine.tick(s(90))).toMatchObject({ state: 'paused', phase: 'rest', secondsLeft: 3 });
  });

  it('skips the lead-in straight to the hold', () => {
    const machine = started(hold(15));
    machine.skip(s(1));
    expect(machine.tick(s(1))).toMatchObject({ state: 'running', secondsLeft: 15, events: [{ kind: 'start' }] });
  });

  it('resets to idle and can start again', () => {
    const machine = started(hold(15));
    machine.pause(s(8));
    machine.reset();
    expect(machine.tick(s(9))).toMatchObject({ state: 'idle', events: [] });
    machine.start(s(100));
    expect(machine.tick(s(106))).toMatchObject({ state: 'running', secondsLeft: 14 });
  });

  it('stops at once on "Stop - it hurts", with no further milestones', () => {
    const machine = started(hold(60, { sides: 'each' }));
    machine.tick(s(10));
    machine.stop(s(10));
    expect(machine.tick(s(11))).toMatchObject({ state: 'done', phase: 'stopped', events: [] });
    expect(machine.tick(s(1000)).events).toEqual([]);
  });
});

describe('HoldTimerMachine: long jumps and milestones', () => {
  const dose = hold([30, 60], { reps: 2, restSeconds: 10, sides: 'each' }); // 5 + 130 + 10 + 130 = 275 s

  it.each([3, 40, 72, 140, 150, 200, 274])(
    'lands a jump to %i s on the same state as a run that never slept',
    (seconds) => {
      const watched = run(started(dose), seconds, 100).last;
      const jumped = started(dose).tick(s(seconds));
      const { state, phase, secondsLeft, segment, labels } = watched;
      expect(jumped).toMatchObject({ state, phase, secondsLeft, segment, labels });
    },
  );

  it('lands a 10-minute jump on done, reporting every milestone once and in order', () => {
    const machine = started(dose);
    machine.tick(s(1));
    const jumped = machine.tick(s(601));
    expect(jumped.state).toBe('done');
    expect(jumped.events.map((event) => event.kind)).toEqual(run(started(dose), 300, 100).events);
    expect(machine.tick(s(602)).events).toEqual([]);
  });

  it('emits each milestone exactly once however often it is asked', () => {
    const often = run(started(dose), 300, 10).events;
    const rarely = run(started(dose), 300, 7000).events;
    expect(often).toEqual(rarely);
    expect(often).toEqual([
      'start',
      'ten-left',
      'hold-done',
      'ten-left',
      'hold-done',
      'switch',
      'start',
      'ten-left',
      'hold-done',
      'ten-left',
      'hold-done',
      'done',
    ]);
  });

  it('a paused session stays paused across a 10-minute jump', () => {
    const machine = started(dose);
    machine.pause(s(20));
    expect(machine.tick(s(620))).toMatchObject({
      state: 'paused',
      phase: 'hold',
      secondsLeft: 45,
      events: [{ kind: 'start' }],
    });
  });
});

describe('HoldTimerMachine: a routine', () => {
  const steps: PlanStep[] = [
    { title: 'Neck trace', href: '/techniques/neck-line-trace/', dose: passes() },
    { title: 'Shoulder grip', href: '/techniques/shoulder-grip-hold/', dose: hold(15, { reps: 2, restSeconds: 5 }) },
    { title: 'Wall ball', href: '/techniques/shoulder-tennis-ball-wall/', dose: untilEases() },
  ];

  it('plays the steps in order, saying which step and what is next', () => {
    const machine = new HoldTimerMachine(buildPlan(steps), EN);
    machine.start(T0);
    expect(machine.tick(s(0)).labels).toMatchObject({ step: '1 of 3', next: 'Next: Shoulder grip' });
    expect(machine.tick(s(5)).events[0]?.text).toBe(
      'Step 1 of 3, Neck trace. Your sore side: start your first slow pass. Each pass is 10 seconds; a soft tone ends it.',
    );
    // Six passes of 10 s run out on their own at 65 s.
    expect(machine.tick(s(65))).toMatchObject({
      phase: 'lead-in',
      secondsLeft: 15,
      labels: { step: '2 of 3', title: 'Shoulder grip' },
    });
    expect(machine.tick(s(65)).events).toEqual([]);
    expect(machine.tick(s(80 + 15)).events.map((event) => event.text)).toEqual([
      'Step 2 of 3, Shoulder grip. Your sore side: press now and hold for 15 seconds.',
      'Hold 1 of 2 done. Rest 5 seconds.',
    ]);
    expect(machine.tick(s(80 + 35 + 15 + 1))).toMatchObject({
      phase: 'count-up',
      labels: { step: '3 of 3', next: 'Last one' },
    });
    machine.skip(s(140));
    expect(machine.tick(s(140)).events.at(-1)?.text).toBe('Routine done. Well done.');
  });

  it('skips a whole technique, and past the last one to the finish', () => {
    const machine = new HoldTimerMachine(buildPlan(steps), EN);
    machine.start(T0);
    machine.skipStep(s(1));
    expect(machine.tick(s(1))).toMatchObject({ phase: 'lead-in', segment: { step: 1 }, events: [] });
    machine.skipStep(s(2));
    machine.skipStep(s(3));
    expect(machine.tick(s(3))).toMatchObject({ state: 'done', phase: 'done', events: [{ kind: 'done' }] });
  });

  it('counts the time left in the routine down as it plays', () => {
    const machine = new HoldTimerMachine(buildPlan(steps), EN);
    machine.start(T0);
    const before = machine.tick(s(0)).left;
    expect(machine.tick(s(4)).left).toEqual({ min: before.min - 4, max: before.max - 4 });
    expect(machine.tick(s(4)).labels.left).toMatch(/^Time left: \d+-\d+ min$/);
  });
});

describe('timer words', () => {
  it.each([
    [0, '0:00'],
    [9, '0:09'],
    [75, '1:15'],
    [600, '10:00'],
  ])('shows %i s as %s', (seconds, text) => expect(clock(seconds)).toBe(text));

  it.each([
    [{ min: 10, max: 15 }, '10 to 15 seconds'],
    [{ min: 60, max: 60 }, '60 seconds'],
    [{ min: 120, max: 300 }, '2 to 5 minutes'],
  ])('speaks %o as %s', (range, text) => expect(spokenRange(range, EN)).toBe(text));
});
