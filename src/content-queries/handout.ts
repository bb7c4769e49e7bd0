/** A technique's row on a printed handout, for ready-made routines and the builder alike. */
import { getEntry } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { drawPictures } from '../lib/figure';
import { condenseSteps, type HandoutDetails } from '../lib/handout';
import type { Technique } from './library';

/** A technique's handout row beyond its name and dose: its main tool, its cue, its condensed steps and its picture. */
export async function handoutDetails(technique: Technique): Promise<HandoutDetails> {
  const tool = await getEntry('tools', technique.data.tools[0] ?? '');
  return {
    tool: tool?.data.title ?? '',
    summary: technique.data.summary,
    steps: condenseSteps(technique.body ?? ''),
    // The picture's alt text in the technique's language (a translated entry carries its `lang`).
    picture: drawPictures(technique.data.picture, ui((technique as { lang?: Locale }).lang ?? DEFAULT_LOCALE).pictures)
      .position.svg,
  };
}
