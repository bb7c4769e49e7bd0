#!/usr/bin/env node
// Saves full-page screenshots of the main page types, at a phone and a desktop width, in the
// light and dark schemes, so a person can review the look without clicking through the site.
// Runs against a built site: `npm run build` first (or set SCREENSHOT_DIST to another build).
// Writes screenshots/<page>-<width>-<scheme>.png and screenshots/index.html to view them all.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser.mjs';

const DIST = process.env.SCREENSHOT_DIST ?? 'dist';
const PORT = Number(process.env.SCREENSHOT_PORT ?? 4331);
const OUT = process.env.SCREENSHOT_OUT ?? 'screenshots';
const BASE = `http://localhost:${PORT}`;

/** What a reviewer needs to see: one page of each kind, search with results showing. */
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'area', path: '/areas/shoulders/' },
  { name: 'technique', path: '/techniques/shoulder-tennis-ball-wall/' },
  { name: 'routine', path: '/routines/desk-neck-and-shoulders/' },
  { name: 'search', path: '/search/?q=shoulder%20pain', ready: '[data-search-results] li' },
  { name: 'safety', path: '/safety/' },
  { name: 'emergency-search', path: '/search/?q=chest%20pain', ready: '[data-search-emergency] section:not([hidden])' },
];
const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'];

if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`No built site in ${DIST}/: run \`npm run build\` first.`);
  process.exit(1);
}

// Astro's own entry point run by this Node, so killing `server` stops the server itself;
// --ignore-lock lets it run beside another preview server of the same project.
const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');
const server = spawn(process.execPath, [astro, 'preview', '--ignore-lock', '--port', String(PORT), '--outDir', DIST], {
  stdio: 'ignore',
});
try {
  await waitForServer(BASE, 30_000);
  const shots = await takeScreenshots();
  writeFileSync(join(OUT, 'index.html'), gallery(shots));
  console.log(`Saved ${shots.length} screenshots in ${OUT}/ (open ${OUT}/index.html to review them).`);
} finally {
  server.kill();
}

async function takeScreenshots() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
  const shots = [];
  try {
    for (const { name, path, ready } of PAGES) {
      for (const width of WIDTHS) {
        for (const scheme of SCHEMES) {
          const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
          const page = await context.newPage();
          await page.goto(BASE + path, { waitUntil: 'load' });
          if (ready) await page.locator(ready).first().waitFor();
          const file = `${name}-${width}-${scheme}.png`;
          await page.screenshot({ path: join(OUT, file), fullPage: true });
          shots.push({ file, name, width, scheme });
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
  }
  return shots;
}

async function waitForServer(url, timeout) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The preview server did not answer at ${url} within ${timeout / 1000} s.`);
}

function gallery(shots) {
  const figures = shots
    .map(
      ({ file, name, width, scheme }) =>
        `<figure><figcaption>${name}, ${width} px, ${scheme}</figcaption><a href="${file}"><img src="${file}" alt="" loading="lazy"></a></figure>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Screenshots</title>
<style>body{font-family:system-ui;margin:1rem}main{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}figure{margin:0}img{width:300px;border:1px solid #888}</style>
<h1>Screenshots</h1><main>${figures}</main></html>\n`;
}
