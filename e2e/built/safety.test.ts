import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AREA_IDS } from '../../src/lib/areas';
import { URGENCIES } from '../../src/lib/urgency';
import { readMdxFolder } from '../../src/lib/content-files';
import { builtSitemapPaths, DIST } from '../support/dist';

/**
 * Safety in layers, read from the built pages in Node: every page's one-line callout,
 * each area's own warning signs, /safety/'s four groups. The callout's height on a phone
 * needs Chromium: e2e/safety.spec.ts.
 */
interface Sign {
  id: string;
  text: string;
  detail: string;
}
interface Safety {
  stopRule: string;
  askFirst: string[];
  levels: Record<string, { signs: Sign[] }>;
  areas: Record<string, string[]>;
  techniques: Record<string, string[]>;
  checkFirst: Record<string, string[]>;
}
const safety = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'safety.json'), 'utf8')) as Safety[]
)[0]!;
const signs = new Map(
  Object.values(safety.levels).flatMap((level) => level.signs.map((sign) => [sign.id, sign] as const)),
);

/** A built page's markup, its inline styles left out: they name the same data attributes as selectors. */
const html = (path: string) =>
  readFileSync(join(DIST, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8').replace(
    /<style[^>]*>[\s\S]*?<\/style>/g,
    '',
  );
/** Visible words of some HTML: tags dropped, entities decoded, spaces squeezed. */
const words = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
/** The markup from the element carrying `marker` up to the next <h2> after its own heading. */
function section(markup: string, marker: string): string {
  const start = markup.indexOf(marker);
  if (start === -1) return '';
  const ownHeading = markup.indexOf('</h2>', start);
  const next = markup.indexOf('<h2', ownHeading);
  return markup.slice(start, next === -1 ? undefined : next);
}

describe('safety in layers, in the built pages', () => {
  test('every page states the stop rule once, in one sentence, linking to "Before you start"', () => {
    for (const path of builtSitemapPaths('en')) {
      const page = html(path);
      const callouts = page.match(/data-safety-callout/g) ?? [];
      expect(callouts, path).toHaveLength(1);
      // The timer's stop bar repeats the rule beside "Stop - it hurts", where a reader needs it mid-hold.
      const outside = page.replace(/<div[^>]*class="stop-bar[\s\S]*?<\/p>/, '');
      expect(words(outside).split(safety.stopRule).length - 1, `${path} states the stop rule once`).toBe(1);
      expect(page, path).toContain('href="/safety/#before-you-start"');
    }
  });

  for (const area of AREA_IDS) {
    test(`/areas/${area}/ shows its own warning signs, by urgency, most urgent first`, () => {
      const part = section(html(`/areas/${area}/`), 'data-area-warnings');
      const own = safety.areas[area]!.map((id) => signs.get(id)!);
      expect(own.length).toBeGreaterThan(0);
      for (const sign of own) expect(words(part), sign.id).toContain(sign.text);
      const levels = [...part.matchAll(/data-urgency="([a-z-]+)"/g)].map((match) => match[1]);
      expect(levels).toEqual(URGENCIES.filter((urgency) => levels.includes(urgency)));
    });
  }

  test('a technique page shows its areas\u2019 signs and its own, and the timer\u2019s stop leads to the emergency signs', () => {
    const page = html('/techniques/shoulder-upper-back-foam-roller/');
    const part = words(section(page, 'data-area-warnings'));
    for (const id of [...safety.areas['shoulders']!, 'spine-bones', 'pregnant', 'older'])
      expect(part, id).toContain(signs.get(id)!.text);
    expect(page).toMatch(/<a href="\/safety\/#emergency"[^>]*>Check the warning signs that need help now<\/a>/);
  });

  test('/safety/ has the four groups, in order, each with its anchor and its signs', () => {
    const page = html('/safety/');
    const ids = [...page.matchAll(/<section[^>]* id="([a-z-]+)"[^>]*data-urgency/g)].map((match) => match[1]);
    expect(ids).toEqual([...URGENCIES]);
    for (const urgency of URGENCIES) {
      const group = words(section(page, `id="${urgency}"`));
      for (const sign of safety.levels[urgency]!.signs) expect(group, sign.id).toContain(sign.detail);
    }
    const emergency = words(section(page, 'id="emergency"'));
    for (const number of ['911', '999', '112', '000']) expect(emergency).toContain(number);
    const askFirst = words(section(page, 'id="before-you-start"'));
    for (const condition of safety.askFirst) expect(askFirst).toContain(condition);
  });

  const techniques = new Map(readMdxFolder('techniques').map((file) => [file.id, file.frontmatter] as const));
  /** Every sign a technique shows: its areas' and its own. */
  const signsOf = (id: string) => {
    const technique = techniques.get(id)!;
    return [
      ...(technique['areas'] as string[]).flatMap((area) => safety.areas[area]!),
      ...(safety.techniques[id] ?? []),
    ];
  };

  for (const routine of readMdxFolder('routines')) {
    test(`/routines/${routine.id}/ shows the warning signs of every step, by urgency, and each once`, () => {
      const steps = (routine.frontmatter['steps'] as { technique: string }[]).map((step) => step.technique);
      const part = section(html(`/routines/${routine.id}/`), 'data-area-warnings');
      const expected = new Set(steps.flatMap(signsOf));
      expect(expected.size).toBeGreaterThan(0);
      for (const id of expected) {
        const text = signs.get(id)!.text;
        expect(words(part).split(text).length - 1, `${id} once`).toBe(1);
      }
      const levels = [...part.matchAll(/data-urgency="([a-z-]+)"/g)].map((match) => match[1]);
      expect(levels).toEqual(URGENCIES.filter((urgency) => levels.includes(urgency)));
    });
  }

  test('a technique page reads in order: steps, timer, what to feel, when to stop, go gently, mistakes, then when to get help, then the evidence', () => {
    const page = html('/techniques/calves-foam-roller/');
    const order = [
      '>Steps<',
      '<hold-timer',
      '>What you should feel<',
      '>Stop or ease off if<',
      '>Go gently<',
      '>Common mistakes<',
      '>When to get help<',
      '>What we know<',
    ];
    const at = order.map((marker) => page.indexOf(marker));
    expect(
      at.every((index) => index > 0),
      JSON.stringify(at),
    ).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  test('arm-thumb-drag asks readers to rule out the heart and nerve signs before its steps', () => {
    const page = html('/techniques/arm-thumb-drag/');
    const check = words(section(page, 'data-check-first'));
    for (const id of safety.checkFirst['arm-thumb-drag']!) expect(check, id).toContain(signs.get(id)!.text);
    expect(page.indexOf('data-check-first')).toBeLessThan(page.indexOf('>Steps<'));
  });
});
