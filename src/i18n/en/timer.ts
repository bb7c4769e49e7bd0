/**
 * The English words of the hold timer and of doses; src/i18n/es/timer.ts has the same shape.
 *
 * `units` and `live` are what the timer shows and says while it runs: each is its own export, so
 * the timer's script on an English page (src/scripts/hold-timer.en.ts) carries those two and
 * nothing else of this table. `dose` and the rest are written into the page at build time.
 */

/** Amounts of time, on pages and in the timer: "10-15 s", "2-5 min", "about 3 min". */
export const units = {
  /** Two ends of a range: "10-15". */
  range: (min: number, max: number) => `${min}-${max}`,
  /** "10-15 s": an amount (a number or a range) of seconds. */
  seconds: (amount: string) => `${amount} s`,
  minutes: (amount: string) => `${amount} min`,
  aboutMinutes: (amount: string) => `about ${amount} min`,
  underAMinute: 'under 1 min',
  /** Said aloud and to screen readers: "10 to 15", then "seconds" or "minutes". */
  spokenRange: (min: number, max: number) => `${min} to ${max}`,
  secondsSpoken: (amount: string) => `${amount} seconds`,
  minutesSpoken: (amount: string) => `${amount} minutes`,
};

/** The dose as one sentence, written at build time (src/lib/dose.ts formatDose). */
export const dose = {
  /** "Hold 10-15 s, 3 times, resting 10 s between, each side." `reps` and `rest` only count when reps > 1. */
  hold: ({ seconds, reps, rest, eachSide }: HoldParts) =>
    `Hold ${seconds}${reps > 1 ? `, ${reps} times` : ''}${reps > 1 && rest > 0 ? `, resting ${rest} s between` : ''}${eachSide ? ', each side' : ''}.`,
  /** "5-6 slow passes, each side." `one` when at most one pass. */
  passes: ({ count, one, eachSide }: PassesParts) =>
    `${count} ${one ? 'slow pass' : 'slow passes'}${eachSide ? ', each side' : ''}.`,
  untilEases: ({ seconds, eachSide }: UntilEasesParts) =>
    `Stay on the spot until it eases, ${seconds}${eachSide ? ', each side' : ''}.`,
};

export interface HoldParts {
  /** "10-15 s" */
  seconds: string;
  reps: number;
  /** Seconds of rest between holds. */
  rest: number;
  eachSide: boolean;
}
export interface PassesParts {
  /** "5-6" */
  count: string;
  one: boolean;
  eachSide: boolean;
}
export interface UntilEasesParts {
  seconds: string;
  eachSide: boolean;
}

/** What the running timer shows and says (src/lib/timer-labels.ts). */
export const live = {
  /** The language the cues are spoken in: a voice for it, or none (src/scripts/cues.ts). */
  speechLang: 'en-US',
  headings: {
    'lead-in': 'Get into position',
    hold: 'Hold',
    rest: 'Rest',
    switch: 'Switch sides',
    passes: 'Slow pass',
    'count-up': 'Stay until it eases',
    untimed: 'At your own pace',
  },
  /** The side by name, in the handout's order: left, then right; a one-side dose works the sore side. */
  leftSide: 'Left side',
  rightSide: 'Right side',
  soreSide: 'Your sore side',
  /** The side inside a sentence. */
  yourLeftSide: 'your left side',
  yourRightSide: 'your right side',
  yourSoreSide: 'your sore side',
  /** The routine player: "2 of 5", what comes next, the time left. */
  stepOf: (step: number, count: number) => `${step} of ${count}`,
  next: (title: string) => `Next: ${title}`,
  lastOne: 'Last one',
  timeLeft: (time: string) => `Time left: ${time}`,
  /** The line under the display. */
  startWith: (side: string) => `Start with ${side}`,
  nextSide: (side: string) => `Next: ${side}`,
  holdOf: (rep: number, reps: number) => `Hold ${rep} of ${reps}`,
  canLetGo: (max: number) => `You can let go now, or hold to ${max} s`,
  aimFor: (range: string) => `Aim for ${range}`,
  nextHold: (rep: number, reps: number) => `Next: hold ${rep} of ${reps}`,
  passOf: (rep: number, reps: number) => `Pass ${rep} of ${reps}`,
  /** A pass past the lower count of a range ("5-6"): the reader's choice. */
  extraPassOf: (rep: number, reps: number) => `Pass ${rep} of ${reps}, if you like`,
  target: (range: string) => `Target ${range}`,
  /** Steps a dose does not time: "Now do steps 4 to 6. Let go, ..." */
  untimedStep: (step: number) => `step ${step}`,
  untimedSteps: (first: number, last: number) => `steps ${first} to ${last}`,
  nowDo: (steps: string, text: string) => `Now do ${steps}. ${text}`,
  /** Past the top of an until-eases target. */
  easeOffHeading: 'Time to ease off',
  easeOffNow: (side: string) => `${side}. Ease off now`,
  easeOffMovingOn: (side: string, seconds: number) => `${side}. Ease off now. Moving on in ${seconds} s`,
  /** Announced (and spoken) at each milestone. */
  stepIntro: (step: number, count: number, title: string) => `Step ${step} of ${count}, ${title}. `,
  passesStart: (side: string, seconds: number) =>
    `${side}: start your first slow pass. Each pass is ${seconds} seconds; a soft tone ends it.`,
  countUpStart: (side: string, time: string) => `${side}: press now. Stay on the spot until it eases, ${time}.`,
  holdStart: (side: string, time: string) => `${side}: press now and hold for ${time}.`,
  holdOfDone: (rep: number, reps: number) => `Hold ${rep} of ${reps} done.`,
  sideDone: (side: string) => `${side} done.`,
  done: 'Done.',
  restFor: (seconds: number) => `Rest ${seconds} seconds.`,
  nextHoldNow: 'Next hold now.',
  nextTechnique: (title: string) => `Next: ${title}. Get into position.`,
  tenLeft: '10 seconds left.',
  easeOffSpot: 'Time to ease off the spot.',
  movingOnIn: (seconds: number) => `Moving on in ${seconds} seconds.`,
  switchTo: (side: string) => `Switch to ${side}.`,
  passDone: (rep: number, next: number) => `Pass ${rep} done. Go straight on with pass ${next}.`,
  routineDone: 'Routine done. Well done.',
  allDone: 'All done. Well done.',
  /** After "Mark today as done". */
  marked: 'Today is marked as done. Your week shows on the home page.',
};

export const timer = {
  units,
  dose,
  live,
  /** The technique page's timer section. */
  title: 'Hold timer',
  noScript: 'The timer needs JavaScript. Without it, count slowly or watch a clock.',
  /** "Stop or ease off if the pain turns sharp." The sign starts lower case (src/lib/timer-stop-line.ts). */
  stopLine: (sign: string) => `Stop or ease off if ${sign}`,
  buttons: {
    start: 'Start',
    startRoutine: 'Start routine',
    pause: 'Pause',
    resume: 'Resume',
    passDone: 'Pass done',
    eased: 'Done, it eased',
    longer: 'A little longer',
    finished: 'Finished',
    skipStep: 'Skip this technique',
    skip: 'Skip',
    reset: 'Reset',
    stop: 'Stop - it hurts',
    markDay: 'Mark today as done',
  },
  /** The routine player's "Step 2 of 5: <title>". */
  step: 'Step',
  leadIn: {
    label: 'Time to get into position',
    /** Before the seconds: "Time to get into position: 15 s". */
    lead: 'Time to get into position: ',
    less: '-5 s',
    more: '+5 s',
    /** After "-5 s" and "+5 s", for screen readers. */
    hidden: ' to get into position',
  },
  stopped: {
    heading: 'You stopped: that was the right call',
    link: 'Check the warning signs that need help now',
  },
  finished: {
    routine: 'Routine done',
    technique: 'Done',
    text: 'Well done. Sit for a moment, breathe, and notice how it feels now.',
  },
  cues: {
    legend: 'Cues',
    sound: 'Sound and vibration',
    speech: 'Speak the cues',
  },
  check: {
    heading: 'Do any of these apply to you?',
    none: 'None of these',
    applies: 'One applies',
    /** "We ask once on this device. You can change your answer on <the safety page>." */
    onceBefore: 'We ask once on this device. You can change your answer on ',
    onceLink: 'the safety page',
    onceAfter: '.',
    askFirst: 'Ask first, before you start',
    readMore: 'Read more before you start',
    back: 'Back',
  },
};

export type TimerWords = typeof timer;
/** What the timer's script needs: the only words its language's entry hands it (src/scripts/hold-timer.en.ts). */
export type LiveWords = Pick<TimerWords, 'units' | 'live'>;
/** What a dose sentence needs (src/lib/dose.ts). */
export type DoseWords = Pick<TimerWords, 'units' | 'dose'>;
export type UnitWords = TimerWords['units'];
