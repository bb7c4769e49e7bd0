import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, luminance, schemeTokens } from './contrast';

describe('contrastRatio', () => {
  it.each([
    ['#000', '#fff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
    ['#595959', '#ffffff', 7],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 1);
  });

  it('refuses a colour it cannot read', () => {
    expect(() => luminance('teal')).toThrow('"teal" is not a #rgb or #rrggbb colour');
  });
});

describe('schemeTokens', () => {
  it('reads light values, and dark values over them', () => {
    const css = `:root { --color-a: #fff; --color-b: #000; }
      @media (prefers-color-scheme: dark) { :root { --color-a: #111; } }`;
    expect(schemeTokens(css)).toEqual({
      light: { '--color-a': '#fff', '--color-b': '#000' },
      dark: { '--color-a': '#111', '--color-b': '#000' },
    });
  });
});

/** [foreground, background, minimum ratio]: 4.5 for text, 3 for focus rings, borders and the body map. */
const PAIRS: [string, string, number][] = [
  ['text', 'bg', 4.5],
  ['text', 'surface', 4.5],
  ['text', 'tint', 4.5],
  ['text', 'safety-bg', 4.5],
  ['text', 'highlight', 4.5],
  ['muted', 'bg', 4.5],
  ['muted', 'surface', 4.5],
  ['muted', 'tint', 4.5],
  ['muted', 'safety-bg', 4.5],
  ['link', 'bg', 4.5],
  ['link', 'surface', 4.5],
  ['link', 'tint', 4.5],
  ['link', 'safety-bg', 4.5],
  ['link-hover', 'surface', 4.5],
  ['accent', 'bg', 4.5],
  ['accent', 'surface', 4.5],
  ['accent-text', 'accent', 4.5],
  ['accent-text', 'accent-hover', 4.5],
  ['focus', 'bg', 3],
  ['focus', 'surface', 3],
  ['focus', 'safety-bg', 3],
  ['focus', 'map-figure', 3],
  ['focus', 'map-region', 3],
  ['border-strong', 'surface', 3],
  ['border-strong', 'bg', 3],
  ['safety-border', 'safety-bg', 3],
  ['safety-border', 'bg', 3],
  ['danger-text', 'danger', 4.5],
  ['text', 'danger-bg', 4.5],
  ['link', 'danger-bg', 4.5],
  ['danger', 'danger-bg', 3],
  ['danger', 'bg', 3],
  ['focus', 'danger-bg', 3],
  ['map-outline', 'bg', 3],
  ['map-outline', 'surface', 3],
  ['map-outline', 'map-figure', 3],
  ['map-region-edge', 'map-figure', 3],
  ['map-region-edge', 'map-region', 3],
  ['map-active', 'map-figure', 3],
  ['map-active', 'map-region', 3],
];

describe('colour tokens in src/styles/tokens.css', () => {
  const css = readFileSync(join(import.meta.dirname, '..', 'styles', 'tokens.css'), 'utf8');
  const schemes = schemeTokens(css);

  for (const [scheme, tokens] of Object.entries(schemes)) {
    it.each(PAIRS)(`${scheme}: %s on %s reaches %d:1`, (foreground, background, minimum) => {
      const fg = tokens[`--color-${foreground}`];
      const bg = tokens[`--color-${background}`];
      if (!fg || !bg) throw new Error(`tokens.css has no --color-${fg ? background : foreground}`);
      expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(minimum);
    });
  }
});
