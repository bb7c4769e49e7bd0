import { expect, test, type Page } from '@playwright/test';
import { builtSitemapPaths } from './support/dist';

/**
 * The Content Security Policy arrives as Astro's <meta> tag (the preview server sends
 * no headers). A script or style the policy does not allow is blocked silently for the
 * reader, so these tests listen for the browser's own violation reports.
 */
const paths = builtSitemapPaths();

/** Collects CSP violations, from the DOM event and from the console, from page load on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  return violations;
}

async function policyOf(page: Page): Promise<string> {
  return (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
}

for (const path of paths) {
  test(`${path}: a strict policy, and nothing on the page breaks it`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(path);
    await page.waitForLoadState('load');

    const policy = await policyOf(page);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy.includes('wasm-unsafe-eval'), 'WebAssembly is allowed only where search runs').toBe(path === '/search/');
    expect(violations, 'CSP violations').toEqual([]);
  });
}

test('search runs Pagefind under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/search/?q=neck');
  await expect(page.locator('[data-search-results] li a').first()).toBeVisible();
  await expect(page.getByText('Search needs JavaScript')).toBeHidden();
  expect(violations, 'CSP violations').toEqual([]);
});

test('the hold timer starts under the policy', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/techniques/neck-spot-press-and-roll/');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  expect(violations, 'CSP violations').toEqual([]);
});
