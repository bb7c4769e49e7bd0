/** A tool's place on the tool ladder (content/tools/*.mdx `firmness`), in words. */
import { technique as EN, type TechniqueWords } from '../i18n/en/technique';

export interface LadderTool {
  id: string;
  title: string;
  firmness: number;
}

/**
 * "Step 2 of 4 on the tool ladder, after hands and elbows and before tennis ball." In another
 * language, pass its words (`ui(lang).technique`) and its tools' titles.
 */
export function ladderWords(
  tools: readonly LadderTool[],
  id: string,
  { ladder: words }: Pick<TechniqueWords, 'ladder'> = EN,
): string {
  const ladder = [...tools].sort((a, b) => a.firmness - b.firmness);
  const index = ladder.findIndex((tool) => tool.id === id);
  if (index < 0) throw new Error(`Tool "${id}" is not on the ladder`);
  const before = ladder[index - 1];
  const after = ladder[index + 1];
  const step = words.step(index + 1, ladder.length);
  const name = (tool: LadderTool) => tool.title.toLowerCase();
  if (before && after) return words.between(step, name(before), name(after));
  if (after) return words.softest(step, name(after));
  if (before) return words.firmest(step, name(before));
  return words.only(step);
}
