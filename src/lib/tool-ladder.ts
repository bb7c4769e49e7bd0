/** A tool's place on the tool ladder (content/tools/*.mdx `firmness`), in words. */

export interface LadderTool {
  id: string;
  title: string;
  firmness: number;
}

/** "Step 2 of 4 on the tool ladder, after hands and elbows and before tennis ball." */
export function ladderWords(tools: readonly LadderTool[], id: string): string {
  const ladder = [...tools].sort((a, b) => a.firmness - b.firmness);
  const index = ladder.findIndex((tool) => tool.id === id);
  if (index < 0) throw new Error(`Tool "${id}" is not on the ladder`);
  const before = ladder[index - 1];
  const after = ladder[index + 1];
  const step = `Step ${index + 1} of ${ladder.length} on the tool ladder`;
  const name = (tool: LadderTool) => tool.title.toLowerCase();
  if (before && after) return `${step}, after ${name(before)} and before ${name(after)}.`;
  if (after) return `${step}: the softest, before ${name(after)}.`;
  if (before) return `${step}: the firmest, after ${name(before)}.`;
  return `${step}.`;
}
