/**
 * A plain static host for one test, whose folder can be switched while it runs: the same
 * origin serving one build and then the next, as a host does when a new build is deployed.
 * Addresses ending in / are served from their index.html; anything else missing gets 404.html.
 * Nothing is cached by the browser, so what a reader sees after a switch is the service
 * worker's doing, not the HTTP cache's.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  origin: string;
  /** Serves another folder from now on. */
  serve: (folder: string) => void;
  close: () => Promise<void>;
}

/** Starts a server on a free port of this machine's loopback address. */
export async function startStaticServer(folder: string): Promise<StaticServer> {
  let root = folder;
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname));
    let file = join(root, path.endsWith('/') ? join(path, 'index.html') : path);
    let status = 200;
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      file = join(root, '404.html');
      status = 404;
    }
    response.writeHead(status, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // A loopback address is a secure origin, where browsers allow service workers.
    origin: `http://127.0.0.1:${port}`,
    serve: (next) => (root = next),
    // The test's page may still hold a keep-alive connection open: end them, or close waits for it.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
