/** The English words of the interface, one namespace per part of the site. */
import { builder } from './builder';
import { common } from './common';
import { offline } from './offline';
import { pages } from './pages';
import { pictures } from './pictures';
import { routine } from './routine';
import { search } from './search';
import { technique } from './technique';
import { timer } from './timer';

export const en = { common, pages, technique, timer, pictures, routine, builder, search, offline };

/** The shape every language's table has: a missing namespace or word is a type error. */
export type UiWords = typeof en;
