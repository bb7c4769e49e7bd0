/** How Spanish readers write words, for search (see src/lib/search-forms.ts). */
import type { WordForms } from './search-forms';

/**
 * Spanish: plurals ("dolores", "pantorrillas"), then gender and the verb's common forms
 * ("hinchada", "hinchado", "hinchar"; "orina", "orinar", "orinando"), so one lay phrase meets
 * every way a reader writes it. An h at the start is silent and often left off ("inchada").
 */
export const SPANISH_FORMS: WordForms = {
  bareEndings: [
    ['es', 's'],
    ['iendo', 'ando', 'ada', 'ado', 'ida', 'ido', 'ar', 'er', 'ir', 'a', 'o', 'e'],
  ],
  silentStart: 'h',
  notTypos: [],
  stemEndings: ['es', 's'],
  formsAlike: true,
};
