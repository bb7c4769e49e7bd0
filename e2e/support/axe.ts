import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/** WCAG 2.2 levels A and AA: what every page is held to. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Loads axe-core into every page this test opens, before the page's own scripts (call it
 * before the first goto). Run straight from the page, axe takes about 0.3 s a page here;
 * the @axe-core/playwright wrapper re-injects it on each call and finishes in a second,
 * blank page, about 1.5 s more, which across the site sweep was most of the suite's time.
 */
export async function loadAxe(page: Page): Promise<void> {
  await page.addInitScript({ path: AXE_SOURCE });
}

/** The page's WCAG 2.2 A and AA violations as "rule: targets" lines; [] when it passes. */
export function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async (tags) => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  }, WCAG_22_AA);
}
