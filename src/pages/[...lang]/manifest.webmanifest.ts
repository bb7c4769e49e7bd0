/**
 * /manifest.webmanifest and /es/manifest.webmanifest, built from each language's site name and
 * the design tokens (src/lib/web-manifest.ts). Every page links its own language's
 * (src/layouts/BaseLayout.astro).
 */
import type { APIRoute } from 'astro';
import { schemeTokens } from '../../lib/contrast';
import { webManifest } from '../../lib/web-manifest';
import { everyLanguage } from '../../i18n/routes';
import { ui } from '../../i18n/ui';
import type { Locale } from '../../i18n/locales';
import tokensCss from '../../styles/tokens.css?raw';

export const getStaticPaths = everyLanguage;

export const GET: APIRoute<{ lang: Locale }> = ({ props }) => {
  const { light } = schemeTokens(tokensCss);
  const { site } = ui(props.lang).common;
  const manifest = webManifest({
    lang: props.lang,
    name: site.name,
    shortName: site.shortName,
    description: site.tagline,
    themeColor: light['--color-surface']!,
    backgroundColor: light['--color-bg']!,
  });
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
