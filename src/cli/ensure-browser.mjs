#!/usr/bin/env node
// Makes sure a Chromium exists for the end-to-end tests before they start. Where we may
// (root with apt-get) and Playwright's own browser is absent, installs what is missing of
// Debian's `chromium` (Lighthouse and the screenshots) and `chromium-headless-shell` (the
// tests); otherwise stops with a message that names what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumExecutable, hasUsableChromium, SYSTEM_CHROMIUM, SYSTEM_HEADLESS_SHELL } from './browser.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
const usesDebian = !process.env.CHROMIUM_PATH && chromiumExecutable() !== undefined;
const missing = [
  [SYSTEM_CHROMIUM, 'chromium'],
  [SYSTEM_HEADLESS_SHELL, 'chromium-headless-shell'],
]
  .filter(([path]) => !existsSync(path))
  .map(([, name]) => name);

if (hasUsableChromium() && !(usesDebian && isRoot && hasApt && missing.length > 0)) process.exit(0);

if (isRoot && hasApt && missing.length > 0) {
  console.log(`Installing Debian's ${missing.join(' and ')} for the browser tests with apt-get...`);
  const run = (args) =>
    execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    run(['update', '-qq']);
    run(['install', '-y', '-qq', '--no-install-recommends', ...missing]);
  } catch (error) {
    console.error(`apt-get could not install ${missing.join(' and ')}: ${error.message}`);
  }
}
if (hasUsableChromium()) process.exit(0);

console.error(
  [
    'The browser tests need Chromium, and none was found.',
    'Install one of:',
    "  - Playwright's browser:  npx playwright install chromium",
    '  - Debian/Ubuntu package:  sudo apt-get install chromium   (gives /usr/bin/chromium)',
    'or point CHROMIUM_PATH at a Chromium binary.',
  ].join('\n'),
);
process.exit(1);
