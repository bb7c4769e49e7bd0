/**
 * npm run content:report: pages per type, and the reading grade (Flesch-Kincaid)
 * of each page's prose and of its steps, reported apart.
 *
 * Prose is what a reader reads through: area pages, guides, tool pages, routine
 * intros, summaries and evidence notes. It should read at grade 5 to 7: whole,
 * natural sentences, not a string of five-word ones. Steps (a technique's
 * numbered steps, what to feel, when to stop, mistakes, cautions) stay short
 * and direct, so their grade is reported but only held to the page ceiling.
 *
 * Fails when a page type's prose median is outside 5 to 7.5, or when any page's
 * prose or steps are above grade 9. Headings are left out: they are labels, not
 * sentences. Run by Node directly (type stripping), so imports name their .ts files.
 */
import { fleschKincaidGrade, markdownToText, median } from './readability.ts';
import { fernandezHuerta, inflesz, infleszBand } from './readability-es.ts';
import { readJsonEntries, readMdxFolder, type ContentFile } from '../lib/content-files.ts';

export const PROSE_MEDIAN = { min: 5, max: 7.5 } as const;
export const MAX_PAGE_GRADE = 9;

interface PageType {
  /** Frontmatter fields read as prose. */
  prose: readonly string[];
  /** Frontmatter fields read as steps. */
  steps: readonly string[];
  /** Whether the MDX body is prose or steps. */
  body: 'prose' | 'steps';
}

const PAGE_TYPES: Record<string, PageType> = {
  techniques: {
    prose: ['summary', 'evidence'],
    steps: ['position', 'feel', 'stopIf', 'mistakes', 'cautions'],
    body: 'steps',
  },
  areas: { prose: ['summary'], steps: ['cautions'], body: 'prose' },
  routines: { prose: ['summary', 'goal', 'suits'], steps: [], body: 'prose' },
  tools: { prose: ['summary'], steps: [], body: 'prose' },
  guides: { prose: ['summary'], steps: [], body: 'prose' },
  pages: { prose: ['summary'], steps: [], body: 'prose' },
};

function fieldText(file: ContentFile, fields: readonly string[]): string[] {
  return fields.flatMap((field) => {
    const value = file.frontmatter[field];
    return Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
  });
}

/** The body without its headings: they are labels, and would pull every grade down. */
function bodyText(body: string): string {
  return markdownToText(body.replace(/^#{1,6}\s.*$/gm, ''));
}

/** Each field is its own sentence, even when an author left off the full stop. */
export function pageParts(file: ContentFile, type: PageType): { prose: string; steps: string } {
  const body = bodyText(file.body);
  const prose = [...fieldText(file, type.prose), ...(type.body === 'prose' ? [body] : [])];
  const steps = [...fieldText(file, type.steps), ...(type.body === 'steps' ? [body] : [])];
  return { prose: prose.join('\n'), steps: steps.join('\n') };
}

const grade = (text: string): number | undefined => (/[a-z]/i.test(text) ? fleschKincaidGrade(text) : undefined);
const show = (value: number | undefined) => (value === undefined ? '    -' : value.toFixed(1).padStart(5));

let failed = false;
const lines: string[] = [
  '# Content report',
  '',
  `prose median ${PROSE_MEDIAN.min} to ${PROSE_MEDIAN.max}; no page above ${MAX_PAGE_GRADE}`,
  '',
];

for (const [collection, type] of Object.entries(PAGE_TYPES)) {
  const pages = readMdxFolder(collection).map((file) => {
    const parts = pageParts(file, type);
    return { id: file.id, prose: grade(parts.prose), steps: grade(parts.steps) };
  });
  const proseGrades = pages.flatMap((page) => (page.prose === undefined ? [] : [page.prose]));
  const stepGrades = pages.flatMap((page) => (page.steps === undefined ? [] : [page.steps]));
  const proseMedian = median(proseGrades);
  lines.push(`## ${collection}: ${pages.length} pages`);
  lines.push(
    `prose median ${proseMedian.toFixed(1)}` +
      (stepGrades.length ? `, steps median ${median(stepGrades).toFixed(1)}` : ', no steps'),
  );
  lines.push('  prose  steps  page');
  for (const page of pages.sort((a, b) => (b.prose ?? 0) - (a.prose ?? 0))) {
    const over = [page.prose, page.steps].some((value) => value !== undefined && value > MAX_PAGE_GRADE);
    if (over) failed = true;
    lines.push(
      `  ${show(page.prose)}  ${show(page.steps)}  ${page.id}${over ? `  <- above grade ${MAX_PAGE_GRADE}` : ''}`,
    );
  }
  if (proseMedian < PROSE_MEDIAN.min || proseMedian > PROSE_MEDIAN.max) {
    failed = true;
    lines.push(`  prose median outside ${PROSE_MEDIAN.min} to ${PROSE_MEDIAN.max}`);
  }
  lines.push('');
}

// The safety words (content/safety.json) reach every page: held to the same ceiling as a page.
/** Every string a reader sees in some data: ids and source lists left out. */
const words = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(words);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => (key === 'id' || key === 'sources' ? [] : words(inner)));
  return [];
};
const { areas: _areas, techniques: _techniques, ...safety } = readJsonEntries('safety.json')[0] ?? {};
const safetyGrade = fleschKincaidGrade(words(safety).join('\n'));
const safetyOver = safetyGrade > MAX_PAGE_GRADE;
if (safetyOver) failed = true;
lines.push('## safety: content/safety.json');
lines.push(`  ${show(safetyGrade)}  safety${safetyOver ? `  <- above grade ${MAX_PAGE_GRADE}` : ''}`, '');

// Spanish (content/es/): INFLESZ, where higher is easier. MedlinePlus en español aims at
// "normal" or easier: every collection's median at 55 or more, no page below 40 ("muy difícil").
const SPANISH_FLOOR = { median: 55, page: 40 } as const;
const ease = (text: string) => (/[a-záéíóú]/i.test(text) ? inflesz(text) : undefined);
const allSpanish: string[] = [];
lines.push(
  '# Spanish (INFLESZ; higher is easier)',
  '',
  `median at least ${SPANISH_FLOOR.median}; no page below ${SPANISH_FLOOR.page}`,
  '',
);
for (const [collection, type] of Object.entries(PAGE_TYPES)) {
  const pages = readMdxFolder(`es/${collection}`).map((file) => {
    const parts = pageParts(file, type);
    allSpanish.push(parts.prose, parts.steps);
    return { id: file.id, prose: ease(parts.prose), steps: ease(parts.steps) };
  });
  const proseScores = pages.flatMap((page) => (page.prose === undefined ? [] : [page.prose]));
  const stepScores = pages.flatMap((page) => (page.steps === undefined ? [] : [page.steps]));
  const proseMedian = median(proseScores);
  lines.push(`## es/${collection}: ${pages.length} pages`);
  lines.push(
    `prose median ${proseMedian.toFixed(1)} (${infleszBand(proseMedian)})` +
      (stepScores.length
        ? `, steps median ${median(stepScores).toFixed(1)} (${infleszBand(median(stepScores))})`
        : ', no steps'),
  );
  lines.push('  prose  steps  page');
  for (const page of pages.sort((a, b) => (a.prose ?? 100) - (b.prose ?? 100))) {
    const under = [page.prose, page.steps].some((value) => value !== undefined && value < SPANISH_FLOOR.page);
    if (under) failed = true;
    lines.push(
      `  ${show(page.prose)}  ${show(page.steps)}  ${page.id}${under ? `  <- below ${SPANISH_FLOOR.page}` : ''}`,
    );
  }
  if (proseMedian < SPANISH_FLOOR.median) {
    failed = true;
    lines.push(`  prose median below ${SPANISH_FLOOR.median}`);
  }
  lines.push('');
}
const { search: _search, ...spanishSafetyWords } = readJsonEntries('es/safety.json')[0] ?? {};
const spanishSafety = words(spanishSafetyWords).join('\n');
const allText = allSpanish.join('\n');
lines.push(
  '## es: the whole Spanish text',
  `  INFLESZ ${inflesz(allText).toFixed(1)} (${infleszBand(inflesz(allText))}), Fernández Huerta ${fernandezHuerta(allText).toFixed(1)}`,
  `  safety words (content/es/safety.json): INFLESZ ${inflesz(spanishSafety).toFixed(1)} (${infleszBand(inflesz(spanishSafety))})`,
  '',
);

console.log(lines.join('\n'));
if (failed) {
  console.error('Content report: reading level out of range (see the marked pages and medians).');
  process.exit(1);
}
