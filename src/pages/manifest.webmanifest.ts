/** /manifest.webmanifest, built from the site's name and its design tokens (src/lib/web-manifest.ts). */
import type { APIRoute } from 'astro';
import { schemeTokens } from '../lib/contrast';
import { webManifest } from '../lib/web-manifest';
import { SITE } from '../site-config';
import tokensCss from '../styles/tokens.css?raw';

export const GET: APIRoute = () => {
  const { light } = schemeTokens(tokensCss);
  const manifest = webManifest({
    name: SITE.name,
    shortName: SITE.shortName,
    description: SITE.tagline,
    themeColor: light['--color-surface']!,
    backgroundColor: light['--color-bg']!,
  });
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
