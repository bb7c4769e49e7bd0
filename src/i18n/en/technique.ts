/**
 * The English words of the technique page and of the safety parts it shows (also on area,
 * routine and /safety/ pages); src/i18n/es/technique.ts has the same shape.
 */

/** The one pressure scale's words (src/lib/pressure.ts holds its numbers). */
export const pressure = {
  levels: {
    gentle: { name: 'Gentle', feel: 'you feel the pressure, with no real ache' },
    moderate: { name: 'Moderate', feel: 'a dull ache that makes you wince a little, no more' },
    firm: { name: 'Firm', feel: 'a strong, deep ache you can still breathe through' },
  },
  /** "about 4 to 5 out of 10" */
  range: (min: number, max: number, top: number) => `about ${min} to ${max} out of ${top}`,
  /** A technique's own stop. */
  hardStop: (stop: number, top: number) =>
    `Stop at ${stop} out of ${top}, and at once if the pain turns sharp or shooting.`,
  /** The stop for the whole scale, as the guides state it: the word, then the rest of the sentence. */
  scaleStopWord: 'Stop',
  scaleStop: (stop: number, nearStop: number, top: number) =>
    `at ${stop} out of ${top} (${nearStop} on your neck, head and jaw), and at once if the pain turns sharp or shooting.`,
  /** "Moderate: about 4 to 5 out of 10, a dull ache .... Stop at 7 out of 10, ..." */
  label: (name: string, range: string, feel: string, stop: string) => `${name}: ${range}, ${feel}. ${stop}`,
};

/** Reader-facing words for the content's enum values (src/lib/labels.ts). */
export const labels = {
  painPattern: {
    point: 'Pain you can point to',
    line: 'Pain that runs along a line',
    general: 'General tightness',
  },
  cost: {
    free: 'Free',
    'under-20': 'Under about US$20',
  },
  kind: {
    home: 'Home',
    area: 'Body area',
    technique: 'Technique',
    routine: 'Routine',
    tool: 'Tool',
    guide: 'Guide',
    page: 'Page',
  },
  /** The last two of a list: "Tennis ball and Lacrosse ball". */
  lastTwo: (before: string, last: string) => `${before} and ${last}`,
};

export const technique = {
  pressure,
  labels,
  /** The page's own headings. */
  steps: 'Steps',
  feel: 'What you should feel',
  stopIf: 'Stop or ease off if',
  mistakes: 'Common mistakes',
  evidence: 'What we know',
  sources: 'Sources',
  /** Structured data's inLanguage, and the language dates are written in. */
  locale: 'en-US',
  reviewed: 'Last reviewed: ',
  glance: {
    suits: 'Suits',
    tool: 'Tool',
    /** Between two tools: "Tennis ball or Lacrosse ball". */
    or: ' or ',
    position: 'Position',
    pressure: 'Pressure',
    dose: 'Dose',
    time: 'Time',
  },
  print: 'Print',
  /** The last line on paper, after the site's name. */
  printAddress: {
    technique: (address: string) => `find this technique and its timer at ${address}`,
    routine: (address: string) => `find this routine and its timer at ${address}`,
    built: (address: string) => `make this routine again at ${address} by ticking the techniques above`,
  },
  neighbours: {
    ladder: 'Easier and harder versions',
    gentler: 'Gentler: ',
    firmer: 'Firmer: ',
    sameArea: 'More for this area',
    allInArea: 'All techniques for this area',
    pager: 'Previous and next technique',
    previous: 'Previous',
    next: 'Next',
  },
  safety: {
    /** Visually hidden before a warning's heading, for screen readers: the icon says nothing. */
    warning: 'Warning: ',
    important: 'Important: ',
    checkFirst: 'Check first: do not press if you have',
    checkFirstWhy: 'These need a doctor, not a massage.',
    whatToDo: 'What to do',
    goGently: 'Go gently',
    whenToGetHelp: 'When to get help',
    everySign: 'What each sign means, and every sign',
    /** /safety/ */
    extraCare: 'Take extra care if:',
  },
  /** /safety/'s "Your answer on this device" (the timer's check before the first Start). */
  answer: {
    heading: 'Your answer on this device',
    unasked:
      'The timer has not asked you yet on this device. Before your first hold, it asks whether any of the conditions above apply to you.',
    cleared: 'You told the timer that none of the conditions above apply to you, so it does not ask again.',
    forget: 'Ask me again',
  },
  /** /how-we-write/'s review dates: "32 techniques and 5 guides". */
  reviewCounts: {
    technique: (count: number) => (count === 1 ? '1 technique' : `${count} techniques`),
    guide: (count: number) => (count === 1 ? '1 guide' : `${count} guides`),
    both: (techniques: string, guides: string) => `${techniques} and ${guides}`,
  },
  /** A tool's place on the ladder: "Step 2 of 4 on the tool ladder, after hands and before tennis ball." */
  ladder: {
    step: (step: number, count: number) => `Step ${step} of ${count} on the tool ladder`,
    between: (step: string, before: string, after: string) => `${step}, after ${before} and before ${after}.`,
    softest: (step: string, after: string) => `${step}: the softest, before ${after}.`,
    firmest: (step: string, before: string) => `${step}: the firmest, after ${before}.`,
    only: (step: string) => `${step}.`,
  },
};

export type TechniqueWords = typeof technique;
export type PressureWords = TechniqueWords['pressure'];
export type LabelWords = TechniqueWords['labels'];
