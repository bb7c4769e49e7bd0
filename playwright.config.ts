import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, testChromiumExecutable } from './src/cli/browser.mjs';

// E2E_PORT and E2E_DIST let parallel work test its own build without sharing dist/.
const PORT = Number(process.env.E2E_PORT ?? 4329);
const DIST_DIR = process.env.E2E_DIST ?? 'dist';
const executablePath = testChromiumExecutable();

export default defineConfig({
  testDir: 'e2e',
  // Browser specs only: e2e/built/*.test.ts are Vitest checks over dist/ (npm run test:built).
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // A trace records every step of every test, and cost about a quarter of the suite's time here
    // even when each was thrown away; `npx playwright test --trace on` records them when debugging.
    trace: 'off',
    screenshot: 'only-on-failure',
    // Every spec but the offline ones sees the site as a first visit does, with no service worker:
    // each context would otherwise download the whole offline copy, and a worker answers requests
    // that page.route() would never see. e2e/offline*.spec.ts allow it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          // Debian's Chromium as root needs --no-sandbox; the rest stop it calling Google's
          // hosts, which a closed network refuses.
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    // Tests run against the built site (npm test builds it first). --ignore-lock: Astro allows one
    // tracked preview per project, and a reader may already have `npm start` running.
    command: `npx astro preview --ignore-lock --port ${PORT} --outDir ${DIST_DIR}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
