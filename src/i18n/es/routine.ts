/** Las palabras en español de la parte "routine" del sitio (misma forma que src/i18n/en/routine.ts). */
import type { RoutineWords } from '../en/routine';

export const routine: RoutineWords = {};
