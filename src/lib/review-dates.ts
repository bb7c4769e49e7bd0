/** Pages grouped by the date they were last reviewed, for /how-we-write/, and a review date in words. */
import { technique as EN, type TechniqueWords } from '../i18n/en/technique';

export interface Reviewed {
  kind: 'technique' | 'guide';
  reviewed: Date;
}

export interface ReviewGroup {
  iso: string;
  date: string;
  words: string;
}

type ReviewWords = Pick<TechniqueWords, 'locale' | 'reviewCounts'>;

/** "November 24, 2026" in English, "24 de noviembre de 2026" in Spanish: the day as stored (UTC). */
export function readableDate(date: Date, locale: string = EN.locale): string {
  return date.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** Newest date first: "November 24, 2026" and "32 techniques and 5 guides" (or the words' language). */
export function reviewGroups(entries: readonly Reviewed[], words: ReviewWords = EN): ReviewGroup[] {
  const byDate = new Map<string, { technique: number; guide: number }>();
  for (const { kind, reviewed } of entries) {
    const iso = reviewed.toISOString().slice(0, 10);
    const counts = byDate.get(iso) ?? { technique: 0, guide: 0 };
    counts[kind] += 1;
    byDate.set(iso, counts);
  }
  const { technique, guide, both } = words.reviewCounts;
  return [...byDate]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([iso, counts]) => ({
      iso,
      date: readableDate(new Date(`${iso}T00:00:00Z`), words.locale),
      words:
        counts.technique && counts.guide
          ? both(technique(counts.technique), guide(counts.guide))
          : counts.technique
            ? technique(counts.technique)
            : guide(counts.guide),
    }));
}
