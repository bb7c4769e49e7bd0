/** Las palabras en español de la parte "technique" del sitio (misma forma que src/i18n/en/technique.ts). */
import type { TechniqueWords } from '../en/technique';

export const technique: TechniqueWords = {};
