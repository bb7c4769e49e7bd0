/**
 * The English words of the offline page (/offline/), which the service worker shows for an
 * address neither saved on the device nor reachable; src/i18n/es/offline.ts has the same shape.
 * Its links take their labels from the sections' own words (common.nav, builder.title), and its
 * safety words come from content/safety.json.
 */
export const offline = {
  title: 'You are offline',
  description: 'This page is not saved on this device yet. These pages of the guide work without a connection.',
  lead: 'This page is not saved on this device yet. It will open when you are back online.',
  /** The heading over the links to the pages that are always saved. */
  saved: 'These pages work with no connection',
  /** The heading over the emergency group. */
  help: 'If you need help now',
};

export type OfflineWords = typeof offline;
