/**
 * A static server for the examples, the way a portal serves them: URL prefixes mounted on
 * directories, and the response headers a test asks for (the portal's strict CSP). Local only.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface Served {
  origin: string;
  /** Paths requested, in order (to check what the page fetched). */
  requests: string[];
  close(): Promise<void>;
}

/** `mounts`: URL prefix ('/cdn/') → directory. `headers` go on every response. */
export async function serve(mounts: Record<string, string>, headers: Record<string, string> = {}): Promise<Served> {
  const requests: string[] = [];
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.push(pathname);
    const prefix = prefixes.find((p) => pathname.startsWith(p));
    if (!prefix) {
      response.writeHead(404, headers).end();
      return;
    }
    const root = normalize(mounts[prefix]);
    const rest = pathname.slice(prefix.length);
    const file = normalize(join(root, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest));
    if (!file.startsWith(root + sep)) {
      response.writeHead(403, headers).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': info.size, 'cache-control': 'no-store' });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve, reject) => {
      server.closeAllConnections();
      server.close((e) => (e ? reject(e) : resolve()));
    }),
  };
}
