/**
 * WCAG contrast between colour tokens, and a reader for the light and dark
 * values in src/styles/tokens.css, so a test can hold every scheme to AA.
 */

/** Relative luminance of a #rgb or #rrggbb colour, as WCAG 2 defines it. */
export function luminance(hex: string): number {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`"${hex}" is not a #rgb or #rrggbb colour`);
  const [r, g, b] = [0, 2, 4].map((start) => {
    const channel = parseInt(full.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio from 1 to 21; the order of the two colours does not matter. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export type SchemeTokens = Record<string, string>;

/** The hex colour tokens (--color-*) of one block of declarations. */
function colourTokens(block: string): SchemeTokens {
  const tokens: SchemeTokens = {};
  for (const match of block.matchAll(/(--color-[\w-]+)\s*:\s*(#[0-9a-f]{3,6})\s*;/gi)) {
    tokens[match[1]!] = match[2]!;
  }
  return tokens;
}

/**
 * The colour tokens of each scheme: light from the first `:root` block, dark
 * from the `:root` block inside `@media (prefers-color-scheme: dark)`, on top
 * of light for any token the dark block leaves alone.
 */
export function schemeTokens(css: string): { light: SchemeTokens; dark: SchemeTokens } {
  const rootBlocks = [...css.matchAll(/:root\s*\{([^}]*)\}/g)].map((match) => match[1] ?? '');
  const darkStart = css.search(/@media\s*\(prefers-color-scheme:\s*dark\)/);
  if (rootBlocks.length < 2 || darkStart < 0)
    throw new Error('tokens.css needs a :root block and a dark-scheme :root block');
  const darkBlock = /:root\s*\{([^}]*)\}/.exec(css.slice(darkStart))?.[1] ?? '';
  const light = colourTokens(rootBlocks[0]!);
  return { light, dark: { ...light, ...colourTokens(darkBlock) } };
}
