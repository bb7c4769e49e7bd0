/**
 * /sw.js as `astro dev` serves it: a worker that removes itself. `npm start` and `npm run dev`
 * share localhost:4321, so the worker a build installed would otherwise go on serving that
 * build's saved pages in dev. Browsers check /sw.js on every navigation, find this one and let it
 * take over; it unregisters, and the next page comes from the dev server. `npm run build` writes
 * the real worker over this file after Pagefind (src/cli/service-worker.mjs).
 */
import type { APIRoute } from 'astro';

const REMOVE_ITSELF = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.registration.unregister()));
`;

export const GET: APIRoute = () =>
  new Response(REMOVE_ITSELF, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
