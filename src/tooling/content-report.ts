/**
 * npm run content:report: pages per type, and the reading grade of the words
 * authors write for each technique, area and routine page. Fails when one of
 * those pages is above grade 9 or a type's median is above grade 8.
 * Run by Node directly (type stripping), so imports name their .ts files.
 */
import { fleschKincaidGrade, markdownToText, median } from './readability.ts';
import { readJsonEntries, readMdxFolder, type ContentFile } from './content-files.ts';

const MAX_PAGE_GRADE = 9;
const MAX_MEDIAN_GRADE = 8;

/** Frontmatter fields that readers see as prose on each page type, besides the MDX body. */
const PROSE_FIELDS: Record<string, readonly string[]> = {
  techniques: ['title', 'summary', 'position', 'feel', 'stopIf', 'mistakes', 'cautions', 'evidence'],
  areas: ['title', 'summary', 'cautions'],
  routines: ['title', 'summary', 'goal', 'suits'],
  tools: ['title', 'summary'],
  guides: ['title', 'summary'],
};
const GRADED = new Set(['techniques', 'areas', 'routines']);

function pageText(file: ContentFile): string {
  const fields = (PROSE_FIELDS[file.collection] ?? []).flatMap((field) => {
    const value = file.frontmatter[field];
    return Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
  });
  // Each field is its own sentence, even when an author left off the full stop.
  return [...fields, markdownToText(file.body)].join('\n');
}

let failed = false;
const lines: string[] = ['# Content report', ''];

for (const collection of Object.keys(PROSE_FIELDS)) {
  const pages = readMdxFolder(collection).map((file) => ({ id: file.id, grade: fleschKincaidGrade(pageText(file)) }));
  const grades = pages.map((page) => page.grade);
  const middle = median(grades);
  const highest = pages.reduce((top, page) => (page.grade > top.grade ? page : top), { id: '-', grade: 0 });
  lines.push(`## ${collection}: ${pages.length} pages`);
  lines.push(`median grade ${middle.toFixed(1)}, highest ${highest.grade.toFixed(1)} (${highest.id})`);
  for (const page of pages.sort((a, b) => b.grade - a.grade)) {
    const over = GRADED.has(collection) && page.grade > MAX_PAGE_GRADE;
    if (over) failed = true;
    lines.push(`  ${page.grade.toFixed(1).padStart(5)}  ${page.id}${over ? `  <- above grade ${MAX_PAGE_GRADE}` : ''}`);
  }
  if (GRADED.has(collection) && middle > MAX_MEDIAN_GRADE) {
    failed = true;
    lines.push(`  median above grade ${MAX_MEDIAN_GRADE}`);
  }
  lines.push('');
}

// The safety words (content/safety.json) reach every page: held to the same grade as a page.
/** Every string a reader sees in some data: ids and source lists left out. */
const prose = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(prose);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => (key === 'id' || key === 'sources' ? [] : prose(inner)));
  return [];
};
const { areas: _areas, techniques: _techniques, ...safety } = readJsonEntries('safety.json')[0] ?? {};
const safetyWords = prose(safety);
const safetyGrade = fleschKincaidGrade(safetyWords.join('\n'));
const safetyOver = safetyGrade > MAX_PAGE_GRADE;
if (safetyOver) failed = true;
lines.push('## safety: content/safety.json');
lines.push(
  `  ${safetyGrade.toFixed(1).padStart(5)}  safety${safetyOver ? `  <- above grade ${MAX_PAGE_GRADE}` : ''}`,
  '',
);

console.log(lines.join('\n'));
if (failed) {
  console.error('Content report: reading level too high (see the marked pages).');
  process.exit(1);
}
