/** How Spanish readers write words, for search (see src/lib/search-forms.ts). */
import type { WordForms } from './search-forms';

/**
 * Spanish: plurals ("dolores", "pantorrillas"), then gender and the verb's common forms
 * ("hinchada", "hinchado", "hinchar"; "orina", "orinar", "orinando"), so one lay phrase meets
 * every way a reader writes it. Letters of one sound are read alike: an h at the start is silent
 * ("inchada"), c before e and i, z and s are one sound across Latin America ("serebral",
 * "cabesa"), as are b and v ("bomito") and ll and y ("rodiyo").
 */
export const SPANISH_FORMS: WordForms = {
  bareEndings: [
    ['es', 's'],
    ['iendo', 'ando', 'ada', 'ado', 'ida', 'ido', 'ar', 'er', 'ir', 'a', 'o', 'e'],
  ],
  sounds: (bare) =>
    bare
      .replace(/^h(?=...)/, '')
      .replace(/c(?=[ei])|z/g, 's')
      .replaceAll('v', 'b')
      .replaceAll('ll', 'y'),
  // "¿Es seguro?" is not "ceguera"; "dicen" is not "disnea".
  notTypos: ['seguro', 'segura', 'seguros', 'seguras', 'dicen'],
  stemEndings: ['es', 's'],
  typoStem: 5,
  formsAlike: true,
  leaveOutStopWords: true,
};
