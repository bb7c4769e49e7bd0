/**
 * The one browser visit each built page gets, on a 320 px phone in the light
 * scheme: it loads with no console error, no Content Security Policy violation
 * and no request to another site; its safety callout shows; nothing scrolls
 * sideways; the main sections are large tap targets; axe finds no WCAG 2.2
 * A or AA violation; and a technique or routine prints on one sheet of A4 and
 * of Letter. One page of each kind is then seen in the dark scheme on a desktop
 * screen, in the same visit. What needs no browser is checked over dist/ in
 * e2e/built/.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { axeViolations, loadAxe } from './support/axe';
import { builtSitemapPaths } from './support/dist';
import { printedSheets } from './support/print';

const UNKNOWN = '/no-such-page/';
/** What the service worker shows offline for a page it has not saved, in each language: not in the sitemap, swept all the same. */
const OFFLINE = '/offline/';
const OFFLINE_ES = '/es/offline/';
/** Technique pages and ready-made routines are handouts: each prints on one sheet. */
const HANDOUT = /^(\/es)?\/(techniques\/[^/]+|routines\/(?!build\/)[^/]+)\/$/;
/** The main sections as the header names them, in each language. */
const SECTIONS = {
  en: ['Body areas 44+', 'Techniques 44+', 'Routines 44+', 'Safety 44+'],
  es: ['Zonas del cuerpo 44+', 'Técnicas 44+', 'Rutinas 44+', 'Seguridad 44+'],
};

interface Problems {
  console: string[];
  policy: string[];
  foreign: string[];
}

/** Console errors, CSP violations (from the DOM event and the console) and requests to other origins. */
async function watchProblems(page: Page, origin: string): Promise<Problems> {
  const problems: Problems = { console: [], policy: [], foreign: [] };
  page.on('console', (message) => {
    // The 404 page reports its own status as a failed load: that one is the page working.
    const ownStatus = message.location().url.endsWith(UNKNOWN) && /status of 404/.test(message.text());
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.policy.push(message.text());
    else if (message.type() === 'error' && !ownStatus) problems.console.push(message.text());
  });
  page.on('pageerror', (error) => problems.console.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) problems.foreign.push(url);
  });
  await page.exposeFunction('reportViolation', (text: string) => problems.policy.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  return problems;
}

/**
 * What a phone reader meets, read in one call: whether the safety line shows, what sticks
 * out past the right edge (the page itself, or any element in it), and the header's main
 * sections, each marked "44+" when it is a large enough tap target.
 */
function firstView(page: Page): Promise<{ safetyLine: boolean; sideways: string[]; mainSections: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const sideways: string[] = [];
    if (document.documentElement.scrollWidth > width)
      sideways.push(`the page is ${document.documentElement.scrollWidth}px wide`);
    for (const element of document.body.querySelectorAll('*')) {
      // A drawing may run past its SVG's edge: the SVG clips it, and the SVG's own box is checked.
      const svg = element.parentElement?.closest('svg');
      if (svg && getComputedStyle(svg).overflow !== 'visible') continue;
      const box = element.getBoundingClientRect();
      if (box.width > 1 && box.right > width + 0.5) {
        sideways.push(
          `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> ends at ${Math.round(box.right)}px`,
        );
      }
    }
    const callout = document.querySelector('[data-safety-callout]');
    return {
      safetyLine: Boolean(callout?.checkVisibility() && callout.getBoundingClientRect().height > 0),
      sideways,
      mainSections: [...document.querySelectorAll<HTMLElement>('.site-header nav a')]
        .filter((link) => link.checkVisibility())
        .map(
          (link) => `${link.textContent?.trim()} ${link.getBoundingClientRect().height >= 44 ? '44+' : 'too small'}`,
        ),
    };
  });
}

/**
 * One tab per worker for the visits below, with axe and the problem watchers loaded once.
 * A fresh browser context per page cost about 0.4 s of the 0.9 s a visit took here; the
 * visits only read, so nothing one leaves behind can change what the next one sees.
 */
const test = base.extend<
  { visitor: { page: Page; problems: Problems } },
  { sweepTab: { page: Page; problems: Problems } }
>({
  sweepTab: [
    async ({ browser }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL!;
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      const problems = await watchProblems(page, new URL(baseURL).origin);
      await loadAxe(page);
      await use({ page, problems });
      await context.close();
    },
    { scope: 'worker' },
  ],
  // Each test starts with no problems on record: only its own visit counts.
  visitor: async ({ sweepTab }, use) => {
    for (const list of Object.values(sweepTab.problems)) list.length = 0;
    await use(sweepTab);
  },
});

/**
 * One page of each kind is also checked in the dark scheme, on a desktop screen, in the same
 * visit: the dark scheme shares every component with the light one. Search with results
 * is checked below.
 */
const DARK_TOO = new Set([
  '/',
  '/areas/',
  '/areas/neck/',
  '/techniques/',
  '/techniques/shoulder-tennis-ball-wall/',
  '/routines/',
  '/routines/desk-neck-and-shoulders/',
  '/routines/build/',
  '/tools/',
  '/tools/foam-roller/',
  '/guides/',
  '/guides/choosing-a-tool/',
  '/safety/',
  '/about/',
  UNKNOWN,
  OFFLINE,
]);

/** Switches the open page to the dark scheme on a desktop screen: no reload, as when a reader's system changes. */
async function inDarkOnDesktop(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ colorScheme: 'dark' });
}

/** The brightest channel of the page's background: under 60 reads as dark. */
function backgroundBrightness(page: Page): Promise<number> {
  return page.evaluate(() => {
    const background = getComputedStyle(document.body).backgroundColor;
    return Math.max(...(background.match(/\d+/g) ?? []).slice(0, 3).map(Number));
  });
}

/** The browser bar's colour (the theme-color meta that applies now) and the header's background. */
function barAndHeader(page: Page): Promise<[string, string]> {
  return page.evaluate(() => {
    const meta = [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].find(
      (tag) => matchMedia(tag.media || 'all').matches,
    );
    const probe = document.createElement('div');
    probe.style.color = meta?.content ?? '';
    document.body.append(probe);
    const colours: [string, string] = [
      getComputedStyle(probe).color,
      getComputedStyle(document.querySelector('.site-header')!).backgroundColor,
    ];
    probe.remove();
    return colours;
  });
}

/** What the test checks on a page, for its name. */
function promises(path: string): string {
  return [
    'loads cleanly, shows its safety line, fits the screen and passes axe',
    HANDOUT.test(path) ? 'prints on one sheet' : '',
    DARK_TOO.has(path) ? 'passes axe in dark on a desktop' : '',
    path === '/' ? 'gives the browser bar the header colour in light and dark' : '',
  ]
    .filter(Boolean)
    .join(', ');
}

const PAGES = [...builtSitemapPaths(), UNKNOWN, OFFLINE, OFFLINE_ES];

test('each page picked for the dark scheme is still built, so none drops out unseen', () => {
  expect([...DARK_TOO].filter((path) => !PAGES.includes(path))).toEqual([]);
});

test.describe('every page, once, on a 320 px phone', () => {
  for (const path of PAGES) {
    test(`${path} ${promises(path)}`, async ({ visitor }) => {
      const { page, problems } = visitor;
      await page.setViewportSize({ width: 320, height: 640 });
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(path);
      expect(response?.status()).toBe(path === UNKNOWN ? 404 : 200);

      const seen = await firstView(page);
      expect(seen.safetyLine, 'the safety line shows').toBe(true);
      expect(seen.sideways, 'nothing clipped or scrolling sideways').toEqual([]);
      expect(seen.mainSections, 'the main sections, each at least 44 px tall').toEqual(
        SECTIONS[path.startsWith('/es/') ? 'es' : 'en'],
      );
      expect(await axeViolations(page), 'axe, light scheme').toEqual([]);
      if (HANDOUT.test(path)) expect(await printedSheets(page), 'sheets printed').toEqual({ A4: 1, Letter: 1 });
      if (path === '/') {
        const [bar, header] = await barAndHeader(page);
        expect(bar, 'browser bar, light').toBe(header);
      }
      if (DARK_TOO.has(path)) {
        await inDarkOnDesktop(page);
        expect(await backgroundBrightness(page), 'a dark background').toBeLessThan(60);
        if (path === '/') {
          const [bar, header] = await barAndHeader(page);
          expect(bar, 'browser bar, dark').toBe(header);
        }
        expect(await axeViolations(page), 'axe, dark scheme').toEqual([]);
      }
      expect(problems.policy, 'CSP violations').toEqual([]);
      expect(problems.console, 'console errors').toEqual([]);
      expect(problems.foreign, 'requests to other origins').toEqual([]);
    });
  }
});

test.describe('while scripts work', () => {
  test('search runs Pagefind with no CSP violation, and its results pass axe in dark', async ({ visitor }) => {
    const { page, problems } = visitor;
    await inDarkOnDesktop(page);
    await page.goto('/search/?q=neck');
    await expect(page.locator('[data-search-results] li a').first()).toBeVisible();
    await expect(page.getByText('Search needs JavaScript')).toBeHidden();
    expect(await backgroundBrightness(page), 'a dark background').toBeLessThan(60);
    expect(await axeViolations(page), 'axe, dark scheme').toEqual([]);
    expect(problems.policy, 'CSP violations').toEqual([]);
    expect(problems.console, 'console errors').toEqual([]);
  });

  test('the hold timer starts with no violation', async ({ page, baseURL }) => {
    const problems = await watchProblems(page, new URL(baseURL!).origin);
    await page.goto('/techniques/neck-spot-press-and-roll/');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'None of these' }).click(); // the safety check before the first Start
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    expect(problems.policy, 'CSP violations').toEqual([]);
  });
});
