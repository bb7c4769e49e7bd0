/** Las palabras de la interfaz en español, con la misma forma que la tabla en inglés. */
import type { UiWords } from '../en';
import { builder } from './builder';
import { common } from './common';
import { offline } from './offline';
import { pages } from './pages';
import { pictures } from './pictures';
import { routine } from './routine';
import { search } from './search';
import { technique } from './technique';
import { timer } from './timer';

export const es: UiWords = { common, pages, technique, timer, pictures, routine, builder, search, offline };
