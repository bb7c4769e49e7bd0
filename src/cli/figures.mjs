#!/usr/bin/env node
// `npm run figures`: a contact sheet of every technique's two pictures, as the built pages draw
// them, in the light scheme, the dark scheme and on paper, so a person can check at a glance that
// each picture reads as its position. Reads the built site (`npm run build` first, or set
// FIGURES_DIST); writes figures/contact-sheet-light.png, -dark.png and -print.png.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser.mjs';

const DIST = process.env.FIGURES_DIST ?? 'dist';
const OUT = process.env.FIGURES_OUT ?? 'figures';
const TECHNIQUES = join(DIST, 'techniques');

if (!existsSync(TECHNIQUES)) {
  console.error(`No built techniques in ${DIST}/: run \`npm run build\` first.`);
  process.exit(1);
}

const pages = readdirSync(TECHNIQUES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(TECHNIQUES, entry.name, 'index.html')))
  .map((entry) => ({ id: entry.name, html: readFileSync(join(TECHNIQUES, entry.name, 'index.html'), 'utf8') }))
  .sort((a, b) => a.id.localeCompare(b.id));

// The site's own styles, inlined (no server runs), so the sheet shows exactly what a page shows.
const head = pages[0]?.html ?? '';
const styles = [...head.matchAll(/<link rel="stylesheet" href="\/([^"]+)"[^>]*>/g)]
  .map(([, href]) => `<style>${readFileSync(join(DIST, href ?? ''), 'utf8')}</style>`)
  .join('');
const inline = [...head.matchAll(/<style[^>]*>[\s\S]*?<\/style>/g)].map(([style]) => style).join('');

const cells = pages.map(({ id, html }) => {
  const figure = html.match(/<figure class="pictures[\s\S]*?<\/figure>/)?.[0];
  if (!figure) throw new Error(`/techniques/${id}/ has no pictures`);
  return `<section><h2>${id}</h2>${figure}</section>`;
});

const sheet = `<!doctype html><html lang="en"><head><meta charset="utf-8">${inline}${styles}
<style>
  body { margin: 16px; }
  main { display: grid; grid-template-columns: repeat(4, 330px); gap: 20px 24px; }
  h2 { margin: 0; font-size: 13px; }
  .pictures { margin-top: 4px; }
</style></head><body><main>${cells.join('')}</main></body></html>`;

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  ...(chromiumExecutable() ? { executablePath: chromiumExecutable() } : {}),
  args: [...CHROMIUM_ARGS, '--headless'],
});
try {
  for (const mode of ['light', 'dark', 'print']) {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      colorScheme: mode === 'dark' ? 'dark' : 'light',
    });
    if (mode === 'print') await page.emulateMedia({ media: 'print' });
    await page.setContent(sheet, { waitUntil: 'load' });
    const path = join(OUT, `contact-sheet-${mode}.png`);
    await page.screenshot({ path, fullPage: true });
    console.log(`Wrote ${path}: ${pages.length} techniques, two pictures each`);
    await page.close();
  }
} finally {
  await browser.close();
}
