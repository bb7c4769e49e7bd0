/** The English words of the site's builder part; src/i18n/es/builder.ts has the same shape. */

/**
 * "a, b and c", as listWords (src/lib/labels.ts) writes it everywhere else: written again here
 * so the builder's page need not fetch the labels module, shared with search, for one line.
 */
const listWords = (words: readonly string[]) =>
  words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

/**
 * The words the builder's script says in the browser: the only part of this table its page
 * ships (src/scripts/routine-builder.en.ts imports this object alone).
 */
export const builderScript = {
  /** Said after a change: "Added X. 2 of 5 chosen." */
  added: (title: string, count: number, most: number) => `Added ${title}. ${count} of ${most} chosen.`,
  removed: (title: string, count: number, most: number) => `Removed ${title}. ${count} of ${most} chosen.`,
  moved: (title: string, place: number, count: number) => `${title} is now number ${place} of ${count}.`,
  /** The guide's own dose in the dose picker, `dose` without its full stop. */
  asInGuide: (dose: string) => `${dose} (as in the guide)`,
  /** After the hidden "Dose", "Move up" and "Remove" of a chosen technique: ": Neck: trace the line of pain". */
  itemFor: (title: string) => `: ${title}`,
  /** Said after each change to the filter box. */
  filterNone: (typed: string) => `No technique matches “${typed}”.`,
  filterSome: (shown: number, total: number, typed: string) => `${shown} of ${total} techniques match “${typed}”.`,
  /** What a link that could not be used as it was turned into. */
  unknown: (ids: readonly string[]) => {
    const quoted = ids.map((id) => `"${id}"`);
    return quoted.length === 1
      ? `The link named a technique we could not find, so we skipped it: ${quoted[0]}.`
      : `The link named techniques we could not find, so we skipped them: ${listWords(quoted)}.`;
  },
  doseReset: (titles: readonly string[]) =>
    `The link asked for a dose we do not offer, so we used the guide's dose for ${listWords(titles)}.`,
  dropped: (most: number, titles: readonly string[]) =>
    `A routine holds up to ${most} techniques, so we left out ${listWords(titles)}.`,
  offlineRoutine: 'We could not load all of this routine. Check your connection and reload the page.',
  offlineTechnique: 'We could not load that technique. Check your connection and tick it again.',
  offlineArea: 'We could not load these techniques. Check your connection, then close and open this area again.',
};

export const builder = {
  title: 'Build your own routine',
  description:
    'Choose the techniques you need, put them in order and pick a dose for each: a routine to play with the timer or print on one page.',
  keywords: ['build a routine', 'custom routine', 'my routine', 'make your own routine', 'printable'],
  lead: 'Choose the techniques you need, put them in order and pick a dose for each. Play it with the timer, or print it on one page.',
  /** A built routine's printed handout: its title. */
  handoutTitle: 'My routine',
  /** Where scripting is off. */
  noScript:
    'Building your own routine needs JavaScript, which is turned off or blocked in your browser. These ready-made routines work without it, and each one prints on a single page:',
  picker: {
    heading: 'Choose techniques',
    intro: (most: number) =>
      `Open a body area and tick up to ${most} techniques. That is as many as fit on one printed page.`,
    jump: 'Go to your routine',
    filter: 'Filter by body area, name or tool',
    count: (count: number) => (count === 1 ? '1 technique' : `${count} techniques`),
    /** The placeholder of the option pattern, replaced before anyone sees it. */
    option: 'Technique',
  },
  chosen: {
    heading: 'Your routine',
    empty: 'Nothing chosen yet. Tick a technique above to add it here.',
    full: 'That is the most that fits on one printed page. Remove one to add another.',
    totalTime: 'Total time:',
    /** The line around the link that keeps the routine: "To come back to it, ...: [link to your routine]." */
    linkBefore: 'To come back to it, bookmark this page or share its address: ',
    link: 'link to your routine',
    linkAfter: '.',
    dose: 'Dose',
    up: 'Move up',
    down: 'Move down',
    remove: 'Remove',
  },
  script: builderScript,
};

export type BuilderWords = typeof builder;
export type BuilderScriptWords = typeof builderScript;
