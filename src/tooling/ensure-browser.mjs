#!/usr/bin/env node
// Makes sure a Chromium exists for the end-to-end tests before they start. Installs
// Debian's `chromium` when nothing is there and we may (root with apt-get); otherwise
// stops with a message that names what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { hasUsableChromium, SYSTEM_CHROMIUM } from './browser.mjs';

if (hasUsableChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

if (isRoot && hasApt) {
  console.log('No Chromium found for the browser tests: installing Debian\'s "chromium" package with apt-get...');
  const run = (args) =>
    execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['update', '-qq']);
  run(['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  if (existsSync(SYSTEM_CHROMIUM)) {
    console.log(`Installed ${SYSTEM_CHROMIUM}.`);
    process.exit(0);
  }
}

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
