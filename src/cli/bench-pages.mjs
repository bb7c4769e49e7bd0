// What each page costs on first load: every request Chromium makes, by kind, raw and
// gzipped. Sizes come from the bodies served; gzip is Node's default level, and a body
// that gzip would make larger counts raw, as hosts send tiny files. Inline <style> and
// <script> count as CSS and JavaScript, not HTML.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser.mjs';

/** Bytes on the wire: gzipped, unless gzip would make it larger. */
const gz = (body) => Math.min(Buffer.byteLength(body), gzipSync(body).length);
const bytes = (text) => Buffer.byteLength(text);
const add = (a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz });
const NONE = { raw: 0, gz: 0 };
/**
 * The service worker's registration, on every page: weighed apart from the page's own
 * JavaScript, under a budget of its own (bench-budgets.mjs), so the timer's and the islands'
 * budgets still measure what they did.
 */
export const REGISTER_SCRIPT = '/sw-register.js';

/** The inline code of a page: <style> bodies and executable <script> bodies (not JSON-LD). */
export function inlineCode(html) {
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes, body]) => body.trim() && !/type="application\/(ld\+)?json"/.test(attributes))
    .map((match) => match[2]);
  return { styles, scripts };
}

const sizeOf = (pieces) => pieces.reduce((sum, piece) => add(sum, { raw: bytes(piece), gz: gz(piece) }), NONE);

/**
 * Loads each path once in a fresh context (an empty cache) and sums what it fetched.
 * @returns {Promise<Map<string, PageWeight>>}
 */
export async function measurePages(origin, paths) {
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  const weights = new Map();
  try {
    for (const path of paths) {
      // First load as a first visit sees it: the service worker registers after load and its
      // downloads are reported apart (the precache, in the scaling table), not as this page's.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const responses = [];
      page.on('response', (response) => responses.push(response));
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      weights.set(path, await weigh(origin, path, responses, page));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return weights;
}

async function weigh(origin, path, responses, page) {
  const weight = {
    requests: 0,
    html: NONE,
    css: NONE,
    js: NONE,
    inlineJs: NONE,
    register: NONE,
    other: NONE,
    totalGz: 0,
    fonts: 0,
    foreign: 0,
    images: [],
    hasTimer: (await page.locator('hold-timer').count()) > 0,
    hasSearch: (await page.locator('search-page').count()) > 0,
    // The two tiny islands of pages without a timer: the home page's 7-day strip, /safety/'s answer.
    hasSmallIsland: (await page.locator('days-strip, safety-answer').count()) > 0,
  };
  for (const response of responses) {
    const url = new URL(response.url());
    if (url.protocol === 'data:') continue;
    weight.requests += 1;
    if (url.origin !== origin) weight.foreign += 1;
    const body = await response.body().catch(() => Buffer.alloc(0));
    const size = { raw: body.length, gz: gz(body) };
    weight.totalGz += size.gz;
    const type = response.request().resourceType();
    if (type === 'document') {
      const { styles, scripts } = inlineCode(body.toString('utf8'));
      const css = sizeOf(styles);
      const js = sizeOf(scripts);
      weight.css = add(weight.css, css);
      weight.js = add(weight.js, js);
      weight.inlineJs = add(weight.inlineJs, js);
      weight.html = add(weight.html, { raw: size.raw - css.raw - js.raw, gz: Math.max(0, size.gz - css.gz - js.gz) });
    } else if (type === 'stylesheet') {
      weight.css = add(weight.css, size);
      if (/@font-face/.test(body.toString('utf8'))) weight.fonts += 1;
    } else if (type === 'script' && url.pathname === REGISTER_SCRIPT) weight.register = add(weight.register, size);
    else if (type === 'script') weight.js = add(weight.js, size);
    else {
      if (type === 'font') weight.fonts += 1;
      if (type === 'image') weight.images.push(url.pathname);
      weight.other = add(weight.other, size);
    }
  }
  if (!weight.requests) throw new Error(`${path}: no requests recorded`);
  return weight;
}

/**
 * @typedef {{ raw: number, gz: number }} Size
 * @typedef {{ requests: number, html: Size, css: Size, js: Size, inlineJs: Size, register: Size, other: Size, totalGz: number,
 *   fonts: number, foreign: number, images: string[], hasTimer: boolean, hasSearch: boolean, hasSmallIsland: boolean }} PageWeight
 */
