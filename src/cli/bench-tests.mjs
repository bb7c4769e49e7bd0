// The test suite, timed step by step as `npm test` runs it, with the number of tests each
// step ran. The benchmark reports it so the suite's speed is measured, not asserted.
import { spawnSync } from 'node:child_process';

/** The steps of `npm test`, in its order (package.json). */
export const TEST_STEPS = ['check', 'format:check', 'test:unit', 'build', 'test:built', 'test:html', 'test:e2e'];

/** The suite's time budgets on a 2-core machine, in seconds. */
export const TEST_BUDGETS = { e2eSeconds: 120, totalSeconds: 240 };

// eslint-disable-next-line no-control-regex
const plain = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** How many tests a step reports: Vitest's "Tests  539 passed", Playwright's "153 passed". */
function testCount(step, output) {
  const text = plain(output);
  if (step === 'test:unit' || step === 'test:built') return Number(/Tests\s+(\d+) passed/.exec(text)?.[1] ?? 0);
  if (step === 'test:e2e') return Number(/(\d+) passed/.exec(text)?.[1] ?? 0);
  return undefined;
}

/**
 * Runs each step of `npm test` in `root`, one after the other, and stops at the first
 * that fails. Each result: the step, its wall-clock seconds, whether it passed, and the
 * number of tests it ran (for the test steps).
 */
export function timeTestSuite(root, log) {
  const results = [];
  for (const step of TEST_STEPS) {
    log(`test suite: npm run ${step}`);
    const started = performance.now();
    const run = spawnSync('npm', ['run', step], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: '1' } });
    const seconds = (performance.now() - started) / 1000;
    const output = `${run.stdout}\n${run.stderr}`;
    results.push({ step, seconds, pass: run.status === 0, tests: testCount(step, output) });
    if (run.status !== 0) {
      log(`test suite: ${step} failed:\n${plain(output).slice(-3000)}`);
      break;
    }
  }
  return results;
}
