/** The English words of the site's timer part; src/i18n/es/timer.ts has the same shape. */
export const timer = {};

export type TimerWords = typeof timer;
