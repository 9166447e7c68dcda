/**
 * A static server of a spec's own, for a spec that changes what is served (a new version
 * deployed): a copy of dist/ in a temporary folder, served by scripts/serve-static.mjs from the
 * same sub-folder as the suite's server, on a free port.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CopyServer {
  /** The folder served: change its files to deploy another version. */
  root: string;
  /** The site's address, ending in the sub-folder's '/'. */
  url: string;
  close(): Promise<void>;
}

export async function serveCopyOfDist(mount = '/oefenen/primaweb/'): Promise<CopyServer> {
  const root = mkdtempSync(join(tmpdir(), 'primaweb-dist-'));
  cpSync('dist', root, { recursive: true });
  const server = spawn(process.execPath, ['scripts/serve-static.mjs', root], { env: { ...process.env, PORT: '0', MOUNT: mount }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /at (http:\/\/\S+)/.exec(out);
      if (found) resolve(found[1]!);
    });
    server.on('exit', (code) => reject(new Error(`serve-static.mjs ended (${code}) before serving: ${out}`)));
  });
  return {
    root,
    url,
    close: async () => {
      server.kill();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
