/** Las palabras en español de la parte "timer" del sitio (misma forma que src/i18n/en/timer.ts). */
import type { TimerWords } from '../en/timer';

export const timer: TimerWords = {};
