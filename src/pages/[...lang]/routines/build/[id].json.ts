/**
 * /routines/build/<id>.json: what the routine builder needs of a technique
 * once a reader picks it (title, doses, handout words). Fetching it per pick
 * keeps the builder page the same size however many techniques there are.
 * One file per language: /es/routines/build/<id>.json holds the Spanish words.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { builtTechnique } from '../../../../content-queries/builder';
import { getTechniques } from '../../../../content-queries/library';
import { inEveryLanguage } from '../../../../i18n/routes';

export const getStaticPaths = (() =>
  inEveryLanguage(async (lang) =>
    (await getTechniques(lang)).map((technique) => ({ params: { id: technique.id }, props: { technique } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  Response.json(await builtTechnique(props['technique'], props['lang']));
