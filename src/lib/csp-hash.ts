/**
 * The Content Security Policy source for one inline <style> or <script>. Astro hashes
 * only what it bundles, so a page that renders an `is:inline` element adds its hash to
 * the policy itself, from page frontmatter (a component's frontmatter runs after <head>
 * is written). Runs at build time only.
 */
import { createHash } from 'node:crypto';

export type Sha256Source = `sha256-${string}`;

/** The CSP source that allows exactly this inline text. */
export function cspHash(text: string): Sha256Source {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
