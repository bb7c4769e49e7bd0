/** A technique's row on a printed handout, for ready-made routines and the builder alike. */
import { drawPictures } from '../lib/figure';
import { condenseSteps, type HandoutDetails } from '../lib/handout';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { getEntryIn, type Technique } from './library';

/**
 * A technique's handout row beyond its name and dose: its main tool, its cue, its condensed
 * steps and its picture, named in `lang`. `technique` is the entry in `lang` (its body is that language's).
 */
export async function handoutDetails(technique: Technique, lang: Locale = DEFAULT_LOCALE): Promise<HandoutDetails> {
  const tool = await getEntryIn('tools', technique.data.tools[0] ?? '', lang);
  return {
    tool: tool?.data.title ?? '',
    summary: technique.data.summary,
    steps: condenseSteps(technique.body ?? ''),
    picture: drawPictures(technique.data.picture, ui(lang).pictures).position.svg,
  };
}
