/** What the routine builder fetches, written at build time as JSON (src/lib/builder-data.ts has the shapes). */
import type { BuiltTechnique, PickerOption } from '../lib/builder-data';
import { describeChoices } from '../lib/builder-dose';
import { filterText } from '../lib/builder-filter';
import { doseSeconds, formatDose, formatDuration } from '../lib/dose';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { handoutDetails } from './handout';
import { getAreas, getTechniques, getTools, type Technique } from './library';

/** A technique (in `lang`) as the routine builder fetches it once picked: its doses and its handout words. */
export async function builtTechnique(technique: Technique, lang: Locale = DEFAULT_LOCALE): Promise<BuiltTechnique> {
  const { title, dose, picture } = technique.data;
  const { timer } = ui(lang);
  return {
    title,
    dose,
    support: picture.support,
    choices: describeChoices(dose, (choice) => formatDose(choice, timer)),
    ...(await handoutDetails(technique, lang)),
  };
}

/** The builder's options for an area: the techniques whose home (first) area it is. */
export async function pickerOptions(areaId: string, lang: Locale = DEFAULT_LOCALE): Promise<PickerOption[]> {
  const [areas, techniques, tools] = await Promise.all([getAreas(lang), getTechniques(lang), getTools(lang)]);
  const areaTitles = new Map(areas.map((area) => [area.id, area.data.title]));
  const toolTitles = new Map(tools.map((tool) => [tool.id, tool.data.title]));
  const { units } = ui(lang).timer;
  return techniques
    .filter((technique) => technique.data.areas[0] === areaId)
    .map(({ id, data }) => ({
      id,
      title: data.title,
      facts: `${toolTitles.get(data.tools[0] ?? '') ?? ''} · ${formatDuration(doseSeconds(data.dose), units)}`,
      words: filterText([
        data.title,
        ...data.areas.map((area) => areaTitles.get(area) ?? area),
        ...data.tools.map((tool) => toolTitles.get(tool) ?? tool),
        ...data.keywords,
      ]),
    }));
}
