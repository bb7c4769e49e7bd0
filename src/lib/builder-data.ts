/**
 * What the routine builder fetches, so its page carries no data per
 * technique and stays the same size however many the guide holds: the
 * options of a body area when the reader opens it, and a technique's doses
 * and handout words when the reader picks it. Both are written at build time.
 */
import type { DescribedChoice } from './builder-dose';
import type { Dose } from './dose';
import type { SupportId } from './figure';
import type { HandoutDetails } from './handout';

/** One checkbox of the picker. */
export interface PickerOption {
  id: string;
  title: string;
  /** Main tool and time: "Tennis ball · 2-4 min". */
  facts: string;
  /** What the filter box matches, lower case (see filterText). */
  words: string;
}

/** A technique as the builder needs it once picked. */
export interface BuiltTechnique extends HandoutDetails {
  title: string;
  dose: Dose;
  /** What the body or tool rests on (the picture's support): sets the player's lead-in. */
  support: SupportId;
  /** Every dose the reader may choose, the guide's own first (see describeChoices). */
  choices: DescribedChoice[];
}

/** Where a picked technique's data is: /routines/build/<id>.json, under `home` in another language (/es/). */
export function techniqueAddress(id: string, home = '/'): string {
  return `${home}routines/build/${encodeURIComponent(id)}.json`;
}

/** Where an area's picker options are: /routines/build/area/<area>.json, under `home` in another language. */
export function areaAddress(area: string, home = '/'): string {
  return `${home}routines/build/area/${encodeURIComponent(area)}.json`;
}
