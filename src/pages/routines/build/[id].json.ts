/**
 * /routines/build/<id>.json: the handout words of one technique, fetched by
 * the routine builder when a reader picks it. Keeping them out of the builder
 * page keeps that page the same size however many techniques the guide has.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { getTechniques, handoutDetails } from '../../../content-queries';

export const getStaticPaths = (async () =>
  (await getTechniques()).map((technique) => ({ params: { id: technique.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const technique = await getEntry('techniques', params.id ?? '');
  if (!technique) return new Response(null, { status: 404 });
  return Response.json(await handoutDetails(technique));
};
