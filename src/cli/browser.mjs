// Which Chromium the end-to-end tests drive: Playwright's own where it is installed,
// else Debian's (machines that cannot download browsers).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';
/** Debian's package chromium-headless-shell: the same engine without the browser's window code. */
export const SYSTEM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The browser for the headless test suite. Playwright runs its own headless tests in a
 * headless shell; Debian's did the site sweep in 48 s where the full browser took 58 s.
 * @returns {string | undefined} undefined means "Playwright's own browser".
 */
export function testChromiumExecutable() {
  const chosen = chromiumExecutable();
  if (process.env.CHROMIUM_PATH || chosen === undefined) return chosen;
  return existsSync(SYSTEM_HEADLESS_SHELL) ? SYSTEM_HEADLESS_SHELL : chosen;
}

/** @returns {string | undefined} undefined means "Playwright's own browser". */
export function chromiumExecutable() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return undefined;
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

export function hasUsableChromium() {
  const path = chromiumExecutable();
  if (path) return existsSync(path);
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

/** Flags for headless Chromium here: root needs --no-sandbox; the rest stop calls home that a closed network refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
