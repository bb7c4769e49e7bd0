/**
 * /routines/build/area/<area>.json: the routine builder's checkboxes for one
 * body area, fetched when a reader opens that area (or types in the filter).
 * One file per language, like the page that fetches it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAreas } from '../../../../../content-queries/library';
import { pickerOptions } from '../../../../../content-queries/builder';
import { inEveryLanguage } from '../../../../../i18n/routes';

export const getStaticPaths = (() =>
  inEveryLanguage(async (lang) =>
    (await getAreas(lang)).map((area) => ({ params: { area: area.id } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) =>
  Response.json(await pickerOptions(params['area'] ?? '', props['lang']));
