/**
 * Serves the browser tests' build (E2E_DIST) the way a plain static web host would: no COOP/COEP
 * headers, `<prefix>` (a sub-path such as `/school/virtscope/`) maps to the build, and a folder
 * answers with its index.html. The offline and deployment specs use it.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { E2E_DIST } from './e2e-dist.ts';

export interface StaticHost {
  /** The build's address: the host and the prefix, ending in `/`. */
  readonly url: string;
  readonly close: () => Promise<void>;
}

export async function staticHost(prefix = '/'): Promise<StaticHost> {
  const root = resolve(E2E_DIST);
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    if (!pathname.startsWith(prefix)) return void res.writeHead(404).end();
    const path = normalize(join(root, pathname.slice(prefix.length)));
    const file = path === root || path === `${root}/` ? join(root, 'index.html') : path;
    if (!file.startsWith(`${root}/`)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((done) => server.close(() => done())) };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};
