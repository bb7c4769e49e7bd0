#!/usr/bin/env node
// npm run icons: draws the Home Screen icons in public/icons/ from public/favicon.svg, in
// Chromium, so they can never differ from the favicon. "any" icons are the favicon as it is;
// the maskable and Apple icons lay it on a full square of its own outer colour, since
// launchers crop them to a circle or a rounded square (and iOS shows transparency as black).
// Run it again after changing the favicon, and commit the PNGs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser.mjs';

const root = join(import.meta.dirname, '..', '..');
const favicon = readFileSync(join(root, 'public', 'favicon.svg'), 'utf8');
/** The favicon's first fill: the colour of its outer circle. */
const outer = /fill="(#[0-9a-f]{3,6})"/i.exec(favicon)?.[1];
if (!outer) throw new Error('public/favicon.svg has no fill colour to lay the maskable icons on');
const onSquare = favicon.replace(/(<svg[^>]*>)/, `$1<rect width="100%" height="100%" fill="${outer}"/>`);

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: onSquare },
  { file: 'apple-touch-icon.png', size: 180, svg: onSquare },
];

const executablePath = chromiumExecutable();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
try {
  for (const { file, size, svg } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><body style="margin:0;background:transparent">${sized}</body>`);
    await page.screenshot({ path: join(root, 'public', 'icons', file), omitBackground: true });
    await page.close();
    console.log(`public/icons/${file} (${size} px)`);
  }
} finally {
  await browser.close();
}
