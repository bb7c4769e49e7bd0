/** Pages grouped by the date they were last reviewed, for /how-we-write/. */

export interface Reviewed {
  kind: 'technique' | 'guide';
  reviewed: Date;
}

export interface ReviewGroup {
  iso: string;
  date: string;
  words: string;
}

const count = (number: number, noun: string) => `${number} ${noun}${number === 1 ? '' : 's'}`;

/** Newest date first: "November 24, 2026" and "32 techniques and 5 guides". */
export function reviewGroups(entries: readonly Reviewed[]): ReviewGroup[] {
  const byDate = new Map<string, { technique: number; guide: number }>();
  for (const { kind, reviewed } of entries) {
    const iso = reviewed.toISOString().slice(0, 10);
    const counts = byDate.get(iso) ?? { technique: 0, guide: 0 };
    counts[kind] += 1;
    byDate.set(iso, counts);
  }
  return [...byDate]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([iso, counts]) => ({
      iso,
      date: new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        timeZone: 'UTC',
      }),
      words: [
        counts.technique ? count(counts.technique, 'technique') : '',
        counts.guide ? count(counts.guide, 'guide') : '',
      ]
        .filter(Boolean)
        .join(' and '),
    }));
}
