/**
 * The hold timer's words travel in its script, one entry per language (src/scripts/hold-timer.en.ts,
 * .es.ts), never in the page: each timer page loads the words its timer shows and says in the
 * page's language, none of the other language's, and none of the rest of the timer table (the
 * dose sentences and the panel's own words are written into the HTML at build time).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST } from '../support/dist';
import { builtPage } from './pages';

/** Every script a page loads: its module scripts and, through their imports, the files they need. */
function scriptsOf(path: string): string {
  const { $ } = builtPage(path);
  const queue = $('script[type="module"][src^="/_astro/"]')
    .map((_, script) => $(script).attr('src')!.slice('/_astro/'.length))
    .get();
  const seen = new Set<string>();
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(DIST, '_astro', file), 'utf8');
    for (const [, imported] of code.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) queue.push(imported!);
  }
  return [...seen].map((file) => readFileSync(join(DIST, '_astro', file), 'utf8')).join('\n');
}

const WORDS = {
  en: { live: ['10 seconds left.', 'Time left: ', 'Today is marked as done.'], dose: 'slow passes' },
  es: { live: ['Quedan 10 segundos.', 'Tiempo restante: ', 'Hoy quedó marcado como hecho.'], dose: 'pasadas lentas' },
};
const PATHS = ['/techniques/neck-line-trace/', '/routines/evening-wind-down/', '/routines/build/'];

describe.each([
  ['en', 'es'],
  ['es', 'en'],
] as const)('a timer page in %s', (lang, other) => {
  test.each(PATHS.map((path) => (lang === 'es' ? `/es${path}` : path)))(
    '%s carries the timer words of its own language only, in its script and not in the page',
    (path) => {
      const code = scriptsOf(path);
      for (const words of WORDS[lang].live) expect(code).toContain(words);
      for (const words of WORDS[other].live) expect(code).not.toContain(words);
      expect(code).not.toContain(WORDS[lang].dose);
      expect(builtPage(path).$('hold-timer script')).toHaveLength(0);
    },
  );
});
