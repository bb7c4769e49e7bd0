import { describe, expect, it } from 'vitest';
import { timer as es } from '../i18n/es/timer';
import type { Dose } from './dose';
import { breadcrumbList, isoDuration, jsonLd, medicalWebPage, routineHowTo, techniqueHowTo } from './structured-data';

const SITE = 'https://example.org';
const hold: Dose = { kind: 'hold', seconds: { min: 30, max: 60 }, reps: 2, sides: 'each', restSeconds: 10 };
const passes: Dose = { kind: 'passes', passes: { min: 5, max: 6 }, secondsPerPass: 10, sides: 'one' };

describe('isoDuration', () => {
  it.each([
    [0, 'PT0S'],
    [45, 'PT45S'],
    [60, 'PT1M'],
    [90, 'PT1M30S'],
    [600, 'PT10M'],
    [3725, 'PT1H2M5S'],
    [12.6, 'PT13S'],
  ])('%d s is %s', (seconds, expected) => {
    expect(isoDuration(seconds)).toBe(expected);
  });
});

describe('breadcrumbList', () => {
  it('numbers the trail from 1 and makes every address absolute', () => {
    const list = breadcrumbList(
      [
        { label: 'Home', href: '/' },
        { label: 'Neck', href: '/areas/neck/' },
      ],
      SITE,
    );
    expect(list).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
        { '@type': 'ListItem', position: 2, name: 'Neck', item: 'https://example.org/areas/neck/' },
      ],
    });
  });
});

describe('techniqueHowTo', () => {
  const howTo = techniqueHowTo({
    title: 'Neck: press and hold',
    summary: 'Press a tender spot in your neck and hold it.',
    url: `${SITE}/techniques/neck/`,
    tools: ['Tennis ball', 'Hands and elbows'],
    steps: ['Find the spot.', 'Press and hold.'],
    dose: hold,
  });

  it('lists the tools and the steps in order', () => {
    expect(howTo['tool']).toEqual([
      { '@type': 'HowToTool', name: 'Tennis ball' },
      { '@type': 'HowToTool', name: 'Hands and elbows' },
    ]);
    expect(howTo['step']).toEqual([
      { '@type': 'HowToStep', position: 1, text: 'Find the spot.' },
      { '@type': 'HowToStep', position: 2, text: 'Press and hold.' },
    ]);
  });

  it('gives the longest time the dose can take: 2 holds of 60 s with 10 s rest, each side, plus the 10 s switch', () => {
    expect(howTo['totalTime']).toBe('PT4M30S');
  });
});

describe('routineHowTo', () => {
  const howTo = routineHowTo({
    title: 'Desk neck',
    summary: 'Two techniques for a stiff neck at the desk.',
    url: `${SITE}/routines/desk-neck/`,
    steps: [
      { title: 'Neck: press and hold', url: `${SITE}/techniques/a/`, dose: hold },
      { title: 'Neck: trace the line', url: `${SITE}/techniques/b/`, dose: passes },
    ],
  });

  it('names each technique with its link and dose', () => {
    expect(howTo['step']).toEqual([
      {
        '@type': 'HowToStep',
        position: 1,
        name: 'Neck: press and hold',
        url: `${SITE}/techniques/a/`,
        text: 'Hold 30-60 s, 2 times, resting 10 s between, each side.',
      },
      {
        '@type': 'HowToStep',
        position: 2,
        name: 'Neck: trace the line',
        url: `${SITE}/techniques/b/`,
        text: '5-6 slow passes.',
      },
    ]);
  });

  it('totals the steps and the move between them: 270 s + 60 s + 15 s', () => {
    expect(howTo['totalTime']).toBe('PT5M45S');
  });
});

describe('medicalWebPage', () => {
  it('states the review date as a plain date', () => {
    const page = medicalWebPage({ title: 'T', summary: 'S', url: `${SITE}/x/`, reviewed: new Date('2026-11-24') });
    expect(page).toMatchObject({ '@type': 'MedicalWebPage', name: 'T', lastReviewed: '2026-11-24' });
  });
});

describe('in another language', () => {
  it('names the page in its language and its doses in its words', () => {
    const facts = { title: 'Cuello', summary: 'S', url: `${SITE}/es/x/`, inLanguage: 'es' };
    expect(techniqueHowTo({ ...facts, tools: [], steps: [], dose: hold })['inLanguage']).toBe('es');
    expect(medicalWebPage({ ...facts, reviewed: new Date('2026-11-24') })['inLanguage']).toBe('es');
    const routine = routineHowTo({
      ...facts,
      steps: [{ title: 'Cuello', url: `${SITE}/es/techniques/b/`, dose: passes }],
      doseWords: es,
    });
    expect(routine['step']).toMatchObject([{ text: '5 a 6 pasadas lentas.' }]);
    const { inLanguage: _es, ...english } = facts;
    expect(techniqueHowTo({ ...english, tools: [], steps: [], dose: hold })['inLanguage']).toBe('en');
  });
});

describe('jsonLd', () => {
  it('wraps the objects in one schema.org graph that parses back', () => {
    const text = jsonLd([{ '@type': 'Thing', name: 'x' }]);
    expect(JSON.parse(text)).toEqual({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Thing', name: 'x' }] });
  });

  it('cannot be closed early by page text', () => {
    const text = jsonLd([{ '@type': 'Thing', name: '</script><script>alert(1)</script>' }]);
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)['@graph'][0].name).toBe('</script><script>alert(1)</script>');
  });
});
