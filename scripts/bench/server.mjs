// The built dist/ served by the project's own static server (scripts/serve-static.mjs), gzipped,
// from a sub-folder as on the real host, on a free port.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const MOUNT = '/oefenen/primaweb/';

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

export async function serveDist(root) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'scripts', 'serve-static.mjs'), join(root, 'dist')], {
    env: { ...process.env, PORT: String(port), MOUNT, GZIP: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve-static exited (${code})`)));
    child.stdout.once('data', resolve);
  });
  const url = `http://127.0.0.1:${port}${MOUNT}`;
  const probe = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
  if (!probe.ok) throw new Error(`serve-static answers ${probe.status} at ${url}`);
  return { url, gzip: probe.headers.get('content-encoding') === 'gzip', close: () => child.kill() };
}
