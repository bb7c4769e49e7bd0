// Google Lighthouse (mobile: its default emulated phone and simulated slow 4G) against
// the built site, in the same Chromium the browser tests use.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumExecutable, SYSTEM_CHROMIUM } from './browser.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

// Headless, and no calls home: a closed network refuses Google's hosts.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/**
 * Scores each URL `runs` times and keeps the run with the median performance score,
 * since simulated timings move a little from run to run.
 * @returns {Promise<Map<string, LighthouseResult>>}
 */
export async function runLighthouse(urls, runs = 3) {
  const chromePath = process.env.CHROME_PATH ?? chromiumExecutable() ?? SYSTEM_CHROMIUM;
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS });
  const results = new Map();
  try {
    for (const url of urls) {
      const attempts = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        attempts.push(summarise(result.lhr));
      }
      attempts.sort((a, b) => a.scores.performance - b.scores.performance);
      results.set(url, attempts[Math.floor(attempts.length / 2)]);
    }
  } finally {
    chrome.kill();
  }
  return results;
}

function summarise(lhr) {
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const failing = Object.values(lhr.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category.id}: ${ref.id}`),
  );
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
    },
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    failing,
    version: lhr.lighthouseVersion,
  };
}

/**
 * @typedef {{ scores: { performance: number, accessibility: number, bestPractices: number, seo: number },
 *   lcpMs: number, tbtMs: number, cls: number, failing: string[], version: string }} LighthouseResult
 */
