/** How English readers write words, for search (see src/lib/search-forms.ts). */
import type { WordForms } from './search-forms';

export const ENGLISH_FORMS: WordForms = {
  bareEndings: [['ing', 'ed', 'es', 's'], ['e']],
  notTypos: [
    'heat',
    'hear',
    'heal',
    'hand',
    'week',
    'call',
    'calm',
    'chess',
    'last',
    'list',
    'site',
    'feet',
    'fell',
    'rest',
    'roll',
    'role',
    'ball',
    'bell',
    'tall',
    'back',
    'neck',
    'head',
    'worse',
  ],
  stemEndings: ['s', 'es', 'ed', 'ing', 'er', 'ers', 'ly', 'y'],
  typoStem: 4,
  formsAlike: false,
};
