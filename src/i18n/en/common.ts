/**
 * The words every page shares: the site's name, its sections, the frame and the safety line.
 * The English table is the reference: every other language's table has its shape
 * (src/i18n/es/common.ts), so a missing translation is a type error.
 */
export const common = {
  site: {
    ogLocale: 'en_US',
    name: 'Ease Tight Muscles',
    /** Under the icon on a phone's Home Screen (the web app manifest): 12 characters at most. */
    shortName: 'Ease Muscles',
    tagline: 'A free, plain-language guide to easing tight, sore muscles at home.',
    description:
      'Step-by-step guides to easing tight, sore muscles at home with your hands, a tennis ball or a foam roller: by body area, with a hold timer and printable routines.',
    noTracking: 'No cookies, no tracking.',
  },
  nav: {
    main: 'Main',
    footer: 'Footer',
    home: 'Home',
    areas: 'Body areas',
    techniques: 'Techniques',
    routines: 'Routines',
    safety: 'Safety',
    guides: 'Guides',
    tools: 'Tools',
    search: 'Search',
    about: 'About',
    howWeWrite: 'How this guide is written',
    reportProblem: 'Report a problem',
    breadcrumbs: 'Breadcrumb',
    skipToContent: 'Skip to main content',
  },
  language: {
    /** The switch's label, read by screen readers: "Language". */
    label: 'Language',
    /** The link to this page in the other language, in that language: "Español". */
    switchTo: 'Leer en español',
  },
  safetyLine: {
    label: 'Safety',
    warning: 'Warning: ',
    beforeYouStart: 'Before you start',
  },
};

export type CommonWords = typeof common;
