/** The English words of the site's routine part; src/i18n/es/routine.ts has the same shape. */

/** How a routine's dose differs from the technique's own, in the note beside it. */
export type DoseChange = 'shortened' | 'lengthened' | 'changed';

export const routine = {
  /** /routines/: the list of ready-made routines. */
  index: {
    title: 'Routines',
    description:
      'Short self-massage routines to follow at home or at your desk, each with a timer and a one-page printout.',
    lead: 'A few techniques in a row, with the time each takes. Play one with the timer, or print it for the fridge.',
    /** The closing line, around its link: "None of these fits? [Build your own routine] from ...". */
    buildBefore: 'None of these fits? ',
    buildLink: 'Build your own routine',
    buildAfter: ' from any of the techniques, and print it on one page.',
  },
  /** A routine's facts under its title, and the same labels on its printed handout. */
  facts: {
    goal: 'Goal:',
    suits: 'Suits:',
    totalTime: 'Total time:',
  },
  printHint: 'One page, with tick boxes for a week.',
  stepsHeading: 'The steps',
  /** The routine player's heading. */
  player: 'Play the routine',
  /** The printed handout's words beyond the facts. */
  handout: {
    startedOn: 'Started on:',
    technique: 'Technique',
    howToTick: '· tick a box each day you do it (two boxes: left side on top)',
    /** Read before each day's number by screen readers: "Day 1". */
    day: 'Day ',
  },
  /**
   * The note when a routine gives a technique another dose than its own page: `own` is the
   * page's dose in words, starting lower case, without its full stop.
   */
  doseNote: (change: DoseChange, own: string) => {
    const changed = { shortened: 'Shortened', lengthened: 'Lengthened', changed: 'Changed' }[change];
    return `${changed} for this routine: follow the time above. On its own page: ${own}.`;
  },
  /** The 7-day strip (the routine pages and the home page). */
  days: {
    title: 'Your last 7 days',
    /** After the title on the home page's quiet line: "Your last 7 days: none marked yet." */
    none: 'none marked yet.',
    note: 'Ticked when you press "Mark today as done" at the end of a routine or a technique. Kept only in this browser.',
    forget: 'Forget my history',
    forgotten: 'Your history is forgotten.',
    /** Read by screen readers for each box: "today, done", "not done". */
    today: 'today',
    done: 'done',
    notDone: 'not done',
    /** The language of the day names over the boxes ("Mon"), for toLocaleDateString. */
    locale: 'en-US',
  },
};

export type RoutineWords = typeof routine;
