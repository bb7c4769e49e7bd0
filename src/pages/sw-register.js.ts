/**
 * /sw-register.js: src/scripts/sw-register.ts as the browser runs it, types and comments taken
 * out. A plain file rather than an Astro-bundled script, so the Content Security Policy of every
 * page stays as it was ('self' allows it; a bundled script would add its hash to every page).
 */
import type { APIRoute } from 'astro';
import ts from 'typescript';
import source from '../scripts/sw-register.ts?raw';

export const GET: APIRoute = () => {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
  });
  return new Response(outputText, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
