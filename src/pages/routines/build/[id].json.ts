/**
 * /routines/build/<id>.json: what the routine builder needs of a technique
 * once a reader picks it (title, doses, handout words). Fetching it per pick
 * keeps the builder page the same size however many techniques there are.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { builtTechnique } from '../../../content-queries/builder';
import { getTechniques } from '../../../content-queries/library';

export const getStaticPaths = (async () =>
  (await getTechniques()).map((technique) => ({ params: { id: technique.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const technique = await getEntry('techniques', params.id ?? '');
  if (!technique) return new Response(null, { status: 404 });
  return Response.json(await builtTechnique(technique));
};
