/** The English words of the site's routine part; src/i18n/es/routine.ts has the same shape. */
export const routine = {};

export type RoutineWords = typeof routine;
