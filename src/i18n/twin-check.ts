/**
 * Does a translation match its English twin? Facts live only in the English file, but the
 * words carry facts too: a step's numbers, how many warnings a list holds, where a link goes.
 * These checks catch a translation that dropped a step, a caution or a number, so nothing is
 * lost between languages. Pure: the callers read the files (src/i18n/twin-files.ts).
 */

/** One file as the checks read it: its front matter and its Markdown body. */
export interface TwinFile {
  path: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** The numbers a text states, in order of size: "5 to 6 passes, 10 seconds" -> ["10", "5", "6"]. */
export function numbersIn(text: string): string[] {
  return (text.match(/\d+(?:[.,]\d+)?/g) ?? []).map((number) => number.replace(',', '.')).sort();
}

/** The numbered steps of a Markdown body: "1. Sit up tall." -> "Sit up tall.". */
export function stepsIn(body: string): string[] {
  return body
    .split('\n')
    .map((line) => /^\s*\d+\.\s+(.*)$/.exec(line)?.[1])
    .filter((step): step is string => step !== undefined);
}

const headingsIn = (body: string) => body.split('\n').filter((line) => /^#{1,6}\s/.test(line)).length;
/** Paragraphs of prose: blocks between blank lines that are not a heading, a list, an import or a component. */
const paragraphsIn = (body: string) =>
  body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !/^(#|[-*]\s|\d+\.\s|import\s|<|\|)/.test(block)).length;
const componentsIn = (body: string) => (body.match(/<[A-Z][A-Za-z]*/g) ?? []).sort();
const listItemsIn = (body: string) => body.split('\n').filter((line) => /^\s*[-*]\s/.test(line)).length;
/** The site's own pages a body links to, without any language prefix. */
const siteLinksIn = (body: string, prefix: string) =>
  [...body.matchAll(/\]\((\/[^)\s]*)\)/g)].map((match) => {
    const href = match[1] ?? '';
    return prefix && href.startsWith(prefix + '/') ? href.slice(prefix.length) : href;
  });

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * What differs between an English file and its translation, each problem naming the
 * translation's path. `lang` is the translation's language (its link prefix).
 */
export function twinProblems(english: TwinFile, translation: TwinFile, lang: string): string[] {
  const problems: string[] = [];
  const where = translation.path;
  const say = (message: string) => problems.push(`${where}: ${message}`);

  for (const [key, value] of Object.entries(english.frontmatter)) {
    const theirs = translation.frontmatter[key];
    if (key === 'keywords' || !(key in translation.frontmatter)) continue;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      if (!Array.isArray(theirs) || theirs.length !== value.length) {
        say(`"${key}" has ${Array.isArray(theirs) ? theirs.length : 0} items; the English has ${value.length}`);
        continue;
      }
      value.forEach((item: string, index) => {
        if (!same(numbersIn(item), numbersIn(String(theirs[index]))))
          say(
            `"${key}" item ${index + 1} states numbers ${numbersIn(String(theirs[index])).join(', ') || 'none'}; the English ${numbersIn(item).join(', ') || 'none'}`,
          );
      });
    } else if (typeof value === 'string' && typeof theirs === 'string' && !same(numbersIn(value), numbersIn(theirs))) {
      say(
        `"${key}" states numbers ${numbersIn(theirs).join(', ') || 'none'}; the English ${numbersIn(value).join(', ') || 'none'}`,
      );
    }
  }

  const untimed = (english.frontmatter['dose'] as { untimed?: { text?: string } } | undefined)?.untimed;
  if (untimed && !translation.frontmatter['untimed'])
    say('needs "untimed": the words of the English dose.untimed.text');
  if (!untimed && translation.frontmatter['untimed']) say('has "untimed", but the English dose has no untimed steps');

  const ourSteps = stepsIn(english.body);
  const theirSteps = stepsIn(translation.body);
  if (ourSteps.length !== theirSteps.length)
    say(`has ${theirSteps.length} numbered steps; the English has ${ourSteps.length}`);
  else
    ourSteps.forEach((step, index) => {
      if (!same(numbersIn(step), numbersIn(theirSteps[index] ?? '')))
        say(
          `step ${index + 1} states numbers ${numbersIn(theirSteps[index] ?? '').join(', ') || 'none'}; the English ${numbersIn(step).join(', ') || 'none'}`,
        );
    });

  if (headingsIn(english.body) !== headingsIn(translation.body))
    say(`has ${headingsIn(translation.body)} headings; the English has ${headingsIn(english.body)}`);
  if (paragraphsIn(english.body) !== paragraphsIn(translation.body))
    say(`has ${paragraphsIn(translation.body)} paragraphs; the English has ${paragraphsIn(english.body)}`);
  if (listItemsIn(english.body) !== listItemsIn(translation.body))
    say(`has ${listItemsIn(translation.body)} list items; the English has ${listItemsIn(english.body)}`);
  if (!same(componentsIn(english.body), componentsIn(translation.body)))
    say(
      `shows components ${componentsIn(translation.body).join(' ') || 'none'}; the English ${componentsIn(english.body).join(' ') || 'none'}`,
    );
  const ourLinks = siteLinksIn(english.body, '');
  const theirLinks = siteLinksIn(translation.body, `/${lang}`);
  if (!same([...ourLinks].sort(), [...theirLinks].sort()))
    say(
      `links to ${theirLinks.join(' ') || 'nothing'}; the English to ${ourLinks.join(' ') || 'nothing'} (with /${lang} in front)`,
    );
  const unprefixed = siteLinksIn(translation.body, '').filter((href) => !href.startsWith(`/${lang}/`));
  if (unprefixed.length) say(`links to English pages ${unprefixed.join(' ')}: put /${lang} in front`);
  return problems;
}

interface SafetyWords {
  levels: Record<string, { signs: { id: string }[] } & Record<string, unknown>>;
  [key: string]: unknown;
}

/**
 * What differs between content/safety.json and its translation: every level and sign, by id
 * and in order, every list as long, and every number (the emergency numbers above all) kept.
 */
export function safetyTwinProblems(english: SafetyWords, translation: SafetyWords, path: string): string[] {
  const problems: string[] = [];
  const say = (message: string) => problems.push(`${path}: ${message}`);
  const compare = (label: string, ours: unknown, theirs: unknown) => {
    if (typeof ours === 'string' && typeof theirs === 'string' && !same(numbersIn(ours), numbersIn(theirs)))
      say(
        `${label} states numbers ${numbersIn(theirs).join(', ') || 'none'}; the English ${numbersIn(ours).join(', ') || 'none'}`,
      );
  };
  for (const key of ['stopRule', 'afterStop', 'askFirstIntro', 'askFirstAnswer', 'notHereIntro', 'disclaimer'])
    compare(key, english[key], translation[key]);
  for (const key of ['askFirst', 'notHere']) {
    const ours = english[key] as string[];
    const theirs = (translation[key] ?? []) as string[];
    if (ours.length !== theirs.length) say(`"${key}" has ${theirs.length} items; the English has ${ours.length}`);
    else ours.forEach((item, index) => compare(`"${key}" item ${index + 1}`, item, theirs[index]));
  }
  for (const [urgency, level] of Object.entries(english.levels)) {
    const theirs = translation.levels[urgency];
    if (!theirs) {
      say(`needs the level "${urgency}"`);
      continue;
    }
    for (const key of ['title', 'heading', 'brief', 'action']) compare(`${urgency}.${key}`, level[key], theirs[key]);
    const ourIds = level.signs.map((sign) => sign.id);
    const theirIds = theirs.signs.map((sign) => sign.id);
    if (!same(ourIds, theirIds))
      say(`${urgency} has signs ${theirIds.join(', ')}; the English has ${ourIds.join(', ')}, in that order`);
    level.signs.forEach((sign, index) => {
      const their = theirs.signs[index] as Record<string, unknown> | undefined;
      const our = sign as Record<string, unknown>;
      if (!their || their['id'] !== sign.id) return;
      compare(`sign "${sign.id}" text`, our['text'], their['text']);
      compare(`sign "${sign.id}" detail`, our['detail'], their['detail']);
      if (our['ownCaution'] && !their['ownCaution']) say(`sign "${sign.id}" needs its "ownCaution" in words`);
    });
  }
  return problems;
}
