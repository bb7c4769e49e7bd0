// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Static hosts serve the nearest 404.html above a missing address (Cloudflare Pages; Netlify
 * through public/_redirects), so a reader lost under /es/ gets the Spanish one. Astro writes
 * only the root 404 as a file; this moves the Spanish page from es/404/index.html to es/404.html.
 */
const spanishNotFound = {
  name: 'spanish-not-found',
  hooks: {
    /** @param {{ dir: URL }} options */
    'astro:build:done': ({ dir }) => {
      const folder = fileURLToPath(new URL('es/404/', dir));
      renameSync(folder + 'index.html', fileURLToPath(new URL('es/404.html', dir)));
      rmdirSync(folder);
    },
  },
};

// The canonical origin; set SITE_URL when deploying anywhere else.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
// Said once per build (Astro may load this file more than once): without SITE_URL, printed pages
// show paths rather than addresses on this machine (src/lib/printed-address.ts).
const notices = /** @type {{ siteUrlNoticeGiven?: boolean }} */ (globalThis);
if (!process.env.SITE_URL && process.argv.includes('build') && !notices.siteUrlNoticeGiven) {
  notices.siteUrlNoticeGiven = true;
  console.warn(
    'SITE_URL is not set: canonical links use http://localhost:4321, and printed pages show paths only. Set SITE_URL to the public origin when deploying.',
  );
}

export default defineConfig({
  site,
  // Where readers report a mistake: a web address or a mailto: link, set when deploying
  // (REPORT_URL=https://... npm run build). Without it, "Report a problem" leads to the part of
  // /how-we-write/ that says so honestly, rather than to an invented address.
  env: {
    schema: {
      REPORT_URL: envField.string({ context: 'server', access: 'public', optional: true, url: true }),
    },
  },
  trailingSlash: 'always',
  // English at the root, Spanish under /es/ at the same paths (src/i18n/locales.ts). Each page is
  // written once in src/pages/[...lang]/ and built for both; the sitemap pairs the twins.
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'es'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [mdx(), sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', es: 'es' } } }), spanishNotFound],
  build: { format: 'directory' },
  // Scoped styles mark elements with a class rather than a data-astro-cid-* attribute: the same
  // specificity, and about 2 KB less HTML on a technique page.
  scopedStyleStrategy: 'class',
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // The islands share four tiny modules. Left to itself the bundler gives each set of
          // importers its own file, and each costs a request and about 50 bytes of gzip framing:
          // a technique page would fetch seven files, over its 6 KB, and the home page's strip
          // three, over its 1 KB (README, "Islands"). Paired by who needs them: five and two.
          codeSplitting: {
            groups: [
              // The device's storage and the days done: the strip, the timer, /safety/'s answer.
              { name: 'kept-on-device', test: /src[\\/](scripts[\\/]device-store|lib[\\/]days-done)\.ts$/ },
              // Enabling controls and the safety check: the timer, /safety/'s answer, search.
              { name: 'upgrade-and-check', test: /src[\\/](scripts[\\/]upgrade|lib[\\/]safety-check)\.ts$/ },
            ],
          },
        },
      },
    },
  },
  // No code blocks in the content, and Shiki's inline styles would need an exception in the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    // Astro writes a <meta> CSP on every page with a hash of each script and style it
    // emits, so only our own code runs. Everything else comes from our origin or nowhere:
    // no fonts, plugins or other sites. /search/ adds 'wasm-unsafe-eval' for Pagefind.
    // frame-ancestors cannot live in a <meta> tag: public/_headers sends it.
    csp: {
      directives: [
        "default-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
        "font-src 'none'",
        "img-src 'self'",
      ],
    },
  },
});
