/** The English words of the site's own pages (home, lists, 404) and the area page's frame; src/i18n/es/pages.ts has the same shape. */
export const pages = {
  home: {
    heading: 'Ease tight, sore muscles at home',
    lead: 'Simple steps to press and slowly work tender spots with your hands, a tennis ball or a foam roller. Free, plain, and careful about safety.',
    startHere: 'New to this? Start here',
    followRoutine: 'Follow a routine',
  },
  areas: {
    title: 'Body areas',
    description:
      'Choose where it hurts: eleven body areas from head to feet, each with techniques, cautions and routines.',
    lead: 'Pick the part of your body that feels tight or sore. Each page helps you find the tender spot and choose a technique.',
  },
  area: {
    shortList: 'Techniques for this area',
    notSure: 'Not sure which?',
    chooseByPain: 'Choose by the kind of pain',
    chooser: 'Which technique for which kind of pain',
    routines: 'Routines that include this area',
  },
  techniques: {
    title: 'All techniques',
    description:
      'Every self-massage technique in the guide, grouped by body area, with the tool and time each one takes.',
    lead: 'Each technique shows the tool, how hard to press and how long to stay. Start gently.',
    jump: 'Jump to an area',
  },
  card: { tool: 'Tool', time: 'Time', suits: 'Suits', or: ' or ' },
  guides: {
    title: 'Guides',
    description:
      'Background reading: what myofascial release is, how to find the tender spot, choosing a tool, staying safe and building a habit.',
    lead: 'Short reads that help you get more from each technique, and stay safe.',
    sources: 'Sources',
  },
  tools: {
    title: 'Tools',
    description:
      'What to press with, from your own hands to a tennis ball, a lacrosse ball and a foam roller, softest first.',
    lead: 'You do not need costly gadgets. Start with your hands or a tennis ball, and go firmer only if you need to.',
    techniqueCount: (count: number) => (count === 1 ? '1 technique' : `${count} techniques`),
    cost: (cost: string) => `Cost: ${cost}.`,
    usedBy: 'Techniques that use it',
  },
  howWeWrite: {
    reviewed: 'When each page was last reviewed',
    reviewedLead:
      'We check a page against its sources before it goes up, and again when a source changes. Each technique and guide shows its own date at the bottom. These are the dates on the site now:',
    reportTo: (address: string) => ({
      before: 'Tell us what is wrong, and on which page, at ',
      address,
      after: '. The "Report a problem" link at the foot of every page leads there too.',
    }),
    noReport:
      'This copy of the guide was built without a way to reach the team, so there is nowhere to send a report from here. The site collects nothing about the people who read it.',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Search the guide or pick a body area.',
    lead: 'We could not find that page. It may have moved. Try a search, or start from where it hurts.',
    areas: 'Body areas',
  },
};

export type PagesWords = typeof pages;
