/**
 * schema.org JSON-LD for search engines: a BreadcrumbList on every page, a HowTo for
 * each technique and routine, and a MedicalWebPage with its review date where the
 * content has one. Pure: the layouts pass plain values and absolute URLs in.
 */
import type { DoseWords } from '../i18n/en/timer';
import { doseSeconds, formatDose, type Dose } from './dose';
import type { Range } from './range';
import { routineSeconds } from './routine';

/** One schema.org object. */
export type Thing = { '@type': string } & Record<string, unknown>;

/** A page in a breadcrumb trail, as the site's navigation writes it. */
export interface Crumb {
  label: string;
  /** Path such as "/areas/neck/", resolved against the site's origin. */
  href: string;
}

/** ISO 8601 duration for schema.org: 90 → "PT1M30S", 600 → "PT10M". */
export function isoDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${rest || whole === 0 ? `${rest}S` : ''}`;
  return `PT${parts}`;
}

/** A range of time is given as its upper end: the time a reader should set aside. */
function totalTime(range: Range): string {
  return isoDuration(range.max);
}

/** The trail from the home page down to this page, the current page last. */
export function breadcrumbList(crumbs: readonly Crumb[], site: URL | string): Thing {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: new URL(crumb.href, site).href,
    })),
  };
}

/** The page's language ("en", "es"), for schema.org's `inLanguage`; English when not given. */
interface InLanguage {
  inLanguage?: string;
}

export interface TechniqueFacts extends InLanguage {
  title: string;
  summary: string;
  url: string;
  /** Tool names, for example "Tennis ball". */
  tools: readonly string[];
  /** The steps as plain text, in order. */
  steps: readonly string[];
  dose: Dose;
}

export function techniqueHowTo(technique: TechniqueFacts): Thing {
  return {
    '@type': 'HowTo',
    name: technique.title,
    description: technique.summary,
    url: technique.url,
    inLanguage: technique.inLanguage ?? 'en',
    totalTime: totalTime(doseSeconds(technique.dose)),
    tool: technique.tools.map((name) => ({ '@type': 'HowToTool', name })),
    step: technique.steps.map((text, index) => ({ '@type': 'HowToStep', position: index + 1, text })),
  };
}

export interface RoutineFacts extends InLanguage {
  title: string;
  summary: string;
  url: string;
  /** The techniques in order, each with the dose this routine uses. */
  steps: readonly { title: string; url: string; dose: Dose }[];
  /** The words of each step's dose, in the page's language (`ui(lang).timer`); English when not given. */
  doseWords?: DoseWords;
}

export function routineHowTo(routine: RoutineFacts): Thing {
  return {
    '@type': 'HowTo',
    name: routine.title,
    description: routine.summary,
    url: routine.url,
    inLanguage: routine.inLanguage ?? 'en',
    totalTime: totalTime(routineSeconds(routine.steps)),
    step: routine.steps.map((step, index) => ({
      '@type': 'HowToStep',
      position: index + 1,
      name: step.title,
      url: step.url,
      text: formatDose(step.dose, routine.doseWords),
    })),
  };
}

export interface ReviewedPage extends InLanguage {
  title: string;
  summary: string;
  url: string;
  reviewed: Date;
}

/** Health content with the date it was last checked against its sources. */
export function medicalWebPage(page: ReviewedPage): Thing {
  return {
    '@type': 'MedicalWebPage',
    name: page.title,
    description: page.summary,
    url: page.url,
    inLanguage: page.inLanguage ?? 'en',
    lastReviewed: page.reviewed.toISOString().slice(0, 10),
  };
}

/** One JSON-LD document for a page's <script type="application/ld+json">. */
export function jsonLd(things: readonly Thing[]): string {
  const document = { '@context': 'https://schema.org', '@graph': things };
  // "<" is escaped so that page text can never close the script element early.
  return JSON.stringify(document).replace(/</g, '\\u003c');
}
