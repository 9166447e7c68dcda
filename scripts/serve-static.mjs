// A plain static file server for the built dist/, mounted in a sub-folder, as a static host
// (Primabook) would serve it: no rewrites, no fallbacks. Used by the end-to-end tests.
// GZIP=1 compresses text responses for clients that accept it, as a production host does
// (npm run bench measures Lighthouse that way); without it, files go out as they are.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'dist');
const mount = process.env.MOUNT ?? '/oefenen/primaweb/';
const port = Number(process.env.PORT ?? 4173);
const gzip = process.env.GZIP === '1';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

// PORT=0 takes a free port; the line printed at start names it (tests/support/static-server.ts reads it).
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(mount)) {
    res.writeHead(404).end('Not found');
    return;
  }
  let path = normalize(decodeURIComponent(url.pathname.slice(mount.length)));
  if (path === '.' || path === '' || path.endsWith('/')) path = join(path, 'index.html');
  const file = join(root, path);
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
  } catch {
    res.writeHead(404).end('Not found');
    return;
  }
  const type = types[extname(file)] ?? 'application/octet-stream';
  const compress = gzip && /^(text\/|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (!compress) {
    res.writeHead(200, { 'Content-Type': type, ...(gzip ? { Vary: 'Accept-Encoding' } : {}) });
    createReadStream(file).pipe(res);
    return;
  }
  res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
  createReadStream(file).pipe(createGzip({ level: 9 })).pipe(res);
});
server.listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${server.address().port}${mount}${gzip ? ' (gzip)' : ''}`));
