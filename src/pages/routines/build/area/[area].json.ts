/**
 * /routines/build/area/<area>.json: the routine builder's checkboxes for one
 * body area, fetched when a reader opens that area (or types in the filter).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAreas } from '../../../../content-queries/library';
import { pickerOptions } from '../../../../content-queries/builder';

export const getStaticPaths = (async () =>
  (await getAreas()).map((area) => ({ params: { area: area.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => Response.json(await pickerOptions(params.area ?? ''));
